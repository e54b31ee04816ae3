// Test data: a Customer360 answer with every fragment's fields, as the API would send it.
const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

export function customer360Data(overrides: Record<string, unknown> = {}) {
  return {
    customer: {
      __typename: 'Customer' as const,
      id: 'c1',
      version: 3,
      name: '深圳华信电子科技股份有限公司',
      type: 'ASSIGNED',
      grade: 'VIP',
      gradePinned: false,
      status: 'ACTIVE',
      inPool: false,
      creditRating: 'B',
      activityInfo: { __typename: 'CustomerActivityInfo', activity: 'DORMANT', reason: '45 天无跟进, 上次下单 2026-08-03', reasonEn: 'No follow-up for 45 days, last order 2026-08-03' },
      source: '展会',
      industry: 'IT/互联网',
      province: '广东省',
      city: '深圳市',
      address: '南山区科技园 1 号',
      email: 'info@huaxin.example',
      website: null,
      firstContactDate: '2026-03-02',
      remark: '年采购额约 80 万',
      createdAt: '2026-03-02T02:00:00.000Z',
      updatedAt: '2026-11-01T02:00:00.000Z',
      customFields: { budget: '100万' },
      lastFollowUpAt: '2026-11-20T06:30:00.000Z',
      nextFollowUpAt: '2026-11-27T02:00:00.000Z',
      createdBy: user('u2', '李娜'),
      owner: user('u2', '李娜'),
      tags: [{ __typename: 'Tag' as const, id: 't1', name: '已报价', color: null }],
      receivable: {
        __typename: 'Receivable' as const,
        contracted: '500000.00',
        received: '300000.00',
        outstanding: '200000.00',
        overdue: '50000.00',
        longestOverdueDays: 12,
      },
      primaryContact: { __typename: 'Contact' as const, id: 'p1', name: '张经理', mobile: '13800138000', phone: null },
      contacts: [
        { __typename: 'Contact' as const, id: 'p1', name: '张经理', title: '采购经理', mobile: '13800138000', phone: null, email: null, birthday: '1985-06-01', remark: null, isPrimary: true, version: 1 },
        { __typename: 'Contact' as const, id: 'p2', name: '王工', title: '技术总监', mobile: null, phone: '0755-88886666', email: 'wang@huaxin.example', birthday: null, remark: null, isPrimary: false, version: 1 },
      ],
      followUps: {
        __typename: 'FollowUpConnection' as const,
        totalCount: 1,
        edges: [
          {
            __typename: 'FollowUpEdge' as const,
            node: {
              __typename: 'FollowUp' as const,
              id: 'f1',
              at: '2026-11-20T06:30:00.000Z',
              method: 'PHONE',
              subject: '报价跟进',
              content: '客户对报价基本认可，要求再优惠 5%',
              feedback: '下周给答复',
              nextAt: '2026-11-27T02:00:00.000Z',
              nextPlan: '电话确认',
              remind: true,
              version: 1,
              author: user('u2', '李娜'),
              contact: { __typename: 'Contact' as const, id: 'p1', name: '张经理' },
            },
          },
        ],
      },
      contracts: [
        {
          __typename: 'Contract' as const,
          id: 'k1',
          number: 'HT-2026-0042',
          title: '年度采购合同',
          kind: 'STANDARD',
          remark: null,
          version: 5,
          parent: null,
          lines: [
            { __typename: 'ContractLine' as const, id: 'kl1', position: 1, name: '客户管理系统标准版', unit: '套', quantity: '25', unitPrice: '20000.00', discountPercent: '0', product: { __typename: 'Product' as const, id: 'pr1' } },
          ],
          approvals: [
            { __typename: 'ContractApproval' as const, id: 'ka1', action: 'APPROVE', comment: '同意', at: '2026-03-30T02:00:00.000Z', actor: user('u1', '王磊') },
          ],
          amount: '500000.00',
          status: 'SIGNED',
          signedAt: '2026-04-01',
          startDate: '2026-04-01',
          endDate: '2027-03-31',
          receivable: { __typename: 'Receivable' as const, received: '300000.00', outstanding: '200000.00' },
        },
      ],
      opportunities: [
        { __typename: 'Opportunity' as const, id: 'o1', name: '二期扩容', amount: '120000.00', stage: 'PROPOSAL', winRate: 40, expectedCloseDate: '2026-12-31', remark: null, lostReason: null, version: 3, lines: [], owner: user('u2', '李娜') },
      ],
      invoices: [
        { __typename: 'Invoice' as const, id: 'i1', number: 'FP20260401', type: 'VAT_SPECIAL', amount: '300000.00', issuedDate: '2026-04-10', status: 'ISSUED', contract: { __typename: 'Contract' as const, id: 'k1', number: 'HT-2026-0042' } },
      ],
      paymentPlans: [
        {
          __typename: 'PaymentPlan' as const,
          id: 'pp1',
          dueDate: '2026-11-10',
          amount: '200000.00',
          receivedAmount: '150000.00',
          outstandingAmount: '50000.00',
          status: 'OVERDUE',
          overdueDays: 12,
          contract: { __typename: 'Contract' as const, id: 'k1', number: 'HT-2026-0042' },
        },
      ],
      receipts: [
        {
          __typename: 'Receipt' as const,
          id: 'r1',
          amount: '300000.00',
          receivedDate: '2026-04-15',
          method: 'BANK_TRANSFER',
          contract: { __typename: 'Contract' as const, id: 'k1', number: 'HT-2026-0042' },
          recordedBy: user('u2', '李娜'),
        },
      ],
      visits: [
        { __typename: 'Visit' as const, id: 'v1', topic: '季度回访', type: 'REGULAR', plannedAt: '2026-12-01T02:00:00.000Z', actualAt: null, recorded: false, satisfaction: null, content: null, version: 1, owner: user('u7', '赵敏') },
      ],
      tasks: [
        { __typename: 'Task' as const, id: 'tk1', title: '准备二期方案', dueAt: '2026-11-25T10:00:00.000Z', priority: 'HIGH', status: 'OPEN', overdue: false, assignee: user('u2', '李娜') },
      ],
      changeLog: {
        __typename: 'ChangeLogConnection' as const,
        totalCount: 1,
        edges: [
          {
            __typename: 'ChangeLogEdge' as const,
            node: {
              __typename: 'ChangeLog' as const,
              id: 'l1',
              at: '2026-11-01T02:00:00.000Z',
              action: 'UPDATE',
              entityType: 'Customer',
              note: null,
              actor: user('u2', '李娜'),
              changes: [{ __typename: 'FieldChange' as const, field: 'grade', before: { value: 'IMPORTANT' }, after: { value: 'VIP' } }],
            },
          },
        ],
      },
      ...overrides,
    },
    tags: [
      { __typename: 'Tag' as const, id: 't1', name: '已报价' },
      { __typename: 'Tag' as const, id: 't2', name: '价格敏感' },
    ],
    customFields: [{ __typename: 'CustomField' as const, id: 'cf1', key: 'budget', label: '预算' }],
  };
}
