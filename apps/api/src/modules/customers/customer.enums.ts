import { registerEnumType } from 'type-graphql';
import { CustomerGrade, CustomerStatus, CustomerType } from '@kehu/domain';

export { CustomerGrade, CustomerStatus, CustomerType };

registerEnumType(CustomerType, {
  name: 'CustomerType',
  description: '客户类型: where the customer is in its lifecycle',
  valuesConfig: {
    PROSPECT: { description: '意向: interested, not yet worked by a salesperson' },
    ASSIGNED: { description: '分配: assigned to a salesperson who works it' },
    WON: { description: '成交: has a signed contract (set by the system when a contract is signed)' },
    LOST: { description: '流失: lost' },
  },
});

registerEnumType(CustomerGrade, {
  name: 'CustomerGrade',
  description: '客户等级 by yearly signed amount; decides the follow-up cadence',
  valuesConfig: {
    VIP: { description: 'VIP: > 500,000 a year; follow up weekly' },
    IMPORTANT: { description: '重要: 100,000–500,000; twice a month' },
    NORMAL: { description: '普通: 10,000–100,000; monthly' },
    POTENTIAL: { description: '潜在: < 10,000; quarterly' },
  },
});

registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  description: 'Whether the customer is in active use',
  valuesConfig: {
    ACTIVE: { description: '正常: in use' },
    DEACTIVATED: { description: '停用: kept for its history (customers with contracts are deactivated, not deleted)' },
  },
});
