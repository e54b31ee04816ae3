import { Contact } from '../contacts/contact.entity';
import { Contract, ContractApproval, ContractLine } from '../contracts/contract.entity';
import { ApiKey } from '../api-keys/api-key.entity';
import { ImportJob } from '../imports/import.entity';
import { BulkExport } from '../bulk-exports/bulk-export.entity';
import { NotificationDelivery } from '../notifications/delivery.entity';
import { WebhookDelivery, WebhookEndpoint, WebhookEvent } from '../webhooks/webhook.entity';
import { Customer } from '../customers/customer.entity';
import { CustomField } from '../custom-fields/custom-field.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { SalesTarget } from '../forecast/sales-target.entity';
import { visibleUserSql } from '../access/customer-scope';
import { Notification } from '../notifications/notification.entity';
import { Opportunity, OpportunityLine, OpportunityStageChange } from '../opportunities/opportunity.entity';
import { Invoice, PaymentPlan, Receipt } from '../payments/payment.entity';
import { Product } from '../products/product.entity';
import { Tag } from '../tags/tag.entity';
import { Task } from '../tasks/task.entity';
import { visibleTaskSql } from '../tasks/task.service';
import { Visit } from '../visits/visit.entity';
import { can } from '../access/permissions';
import { User } from '../users/user.entity';
import { registerNodeType } from './node.registry';

// The record types `node(id)` resolves. Features add theirs here (one line) or from their own module.
registerNodeType({ typename: 'Customer', entity: Customer, table: 'customers', customerIdSql: 't.id', area: 'customers' });
registerNodeType({ typename: 'Contact', entity: Contact, table: 'contacts', customerIdSql: 't.customer_id', area: 'customers' });
registerNodeType({ typename: 'FollowUp', entity: FollowUp, table: 'follow_ups', customerIdSql: 't.customer_id', area: 'customers' });
registerNodeType({ typename: 'Visit', entity: Visit, table: 'visits', customerIdSql: 't.customer_id', area: 'customers' });
registerNodeType({ typename: 'Opportunity', entity: Opportunity, table: 'opportunities', customerIdSql: 't.customer_id', area: 'deals' });
registerNodeType({ typename: 'Contract', entity: Contract, table: 'contracts', customerIdSql: 't.customer_id', area: 'deals' });
registerNodeType({ typename: 'PaymentPlan', entity: PaymentPlan, table: 'payment_plans', customerIdSql: 't.customer_id', area: 'deals' });
registerNodeType({ typename: 'Receipt', entity: Receipt, table: 'receipts', customerIdSql: 't.customer_id', area: 'deals' });
registerNodeType({ typename: 'Invoice', entity: Invoice, table: 'invoices', customerIdSql: 't.customer_id', area: 'deals' });
// A task is its people's (assignee, creator, their managers) or, when about a customer, also that customer's readers.
registerNodeType({
  typename: 'Task',
  entity: Task,
  table: 'tasks',
  customerIdSql: null,
  visibleSql: (user, params) => visibleTaskSql(user, 't', params),
  area: 'customers',
});
// Only the recipient reads a notification (as in the inbox).
registerNodeType({
  typename: 'Notification',
  entity: Notification,
  table: 'notifications',
  customerIdSql: null,
  visibleSql: (user, params) => `t.recipient_id = ${params.p(user.id)}::uuid`,
  area: 'customers',
});
// Catalogue records every signed-in user reads (pickers, filters, forms).
registerNodeType({ typename: 'Product', entity: Product, table: 'products', customerIdSql: null, area: 'deals' });
registerNodeType({ typename: 'Tag', entity: Tag, table: 'tags', customerIdSql: null, area: 'customers' });
registerNodeType({ typename: 'CustomField', entity: CustomField, table: 'custom_fields', customerIdSql: null, area: 'customers' });
registerNodeType({
  typename: 'User',
  entity: User,
  table: 'users',
  customerIdSql: null,
  // Colleagues appear by name on the records they own; the user record itself is for yourself and user admins.
  visibleTo: (user, id) => user.id === id || can(user as User, 'users.manage'),
  area: 'customers',
});
// Records under a deal: visible exactly when the deal's customer is.
registerNodeType({
  typename: 'ContractLine',
  entity: ContractLine,
  table: 'contract_lines',
  customerIdSql: '(SELECT k.customer_id FROM contracts k WHERE k.id = t.contract_id)',
  area: 'deals',
});
registerNodeType({
  typename: 'ContractApproval',
  entity: ContractApproval,
  table: 'contract_approvals',
  customerIdSql: '(SELECT k.customer_id FROM contracts k WHERE k.id = t.contract_id)',
  area: 'deals',
});
registerNodeType({
  typename: 'OpportunityLine',
  entity: OpportunityLine,
  table: 'opportunity_lines',
  customerIdSql: 't.customer_id',
  area: 'deals',
});
registerNodeType({
  typename: 'OpportunityStageChange',
  entity: OpportunityStageChange,
  table: 'opportunity_stage_changes',
  customerIdSql: '(SELECT o.customer_id FROM opportunities o WHERE o.id = t.opportunity_id)',
  area: 'deals',
});
// A notification's outside deliveries: its recipient only, like the notification.
registerNodeType({
  typename: 'NotificationDelivery',
  entity: NotificationDelivery,
  table: 'notification_deliveries',
  customerIdSql: null,
  visibleSql: (user, params) =>
    `EXISTS (SELECT 1 FROM notifications n WHERE n.id = t.notification_id AND n.recipient_id = ${params.p(user.id)}::uuid)`,
  area: 'customers',
});
// An import: its creator and admins (as in `imports`).
registerNodeType({
  typename: 'ImportJob',
  entity: ImportJob,
  table: 'import_jobs',
  customerIdSql: null,
  visibleSql: (user, params) => (user.role === 'ADMIN' ? 'TRUE' : `t.created_by_id = ${params.p(user.id)}::uuid`),
  area: 'customers',
});
// A bulk export: whoever started it and admins (as in `bulkExports`).
registerNodeType({
  typename: 'BulkExport',
  entity: BulkExport,
  table: 'bulk_exports',
  customerIdSql: null,
  visibleSql: (user, params) => (user.role === 'ADMIN' ? 'TRUE' : `t.user_id = ${params.p(user.id)}::uuid`),
  area: 'customers',
});
// Integration settings: admins with a session of their own, never through an API key.
const integrationAdmin = (user: Pick<User, 'id' | 'role'>) => can(user as User, 'integrations.manage');
registerNodeType({
  typename: 'ApiKey',
  entity: ApiKey,
  table: 'api_keys',
  customerIdSql: null,
  visibleTo: integrationAdmin,
  area: 'session',
});
registerNodeType({
  typename: 'WebhookEndpoint',
  entity: WebhookEndpoint,
  table: 'webhook_endpoints',
  customerIdSql: null,
  visibleTo: integrationAdmin,
  area: 'session',
});
registerNodeType({
  typename: 'WebhookDelivery',
  entity: WebhookDelivery,
  table: 'webhook_deliveries',
  customerIdSql: null,
  visibleTo: integrationAdmin,
  area: 'session',
});
registerNodeType({
  typename: 'WebhookEvent',
  entity: WebhookEvent,
  table: 'webhook_events',
  customerIdSql: null,
  visibleTo: integrationAdmin,
  area: 'session',
});
// A sales target is seen by whoever may see its person or team leader (the company's: everyone who sees forecasts).
registerNodeType({
  typename: 'SalesTarget',
  entity: SalesTarget,
  table: 'sales_targets',
  customerIdSql: null,
  visibleSql: (user, params) =>
    can(user as User, 'forecast.view')
      ? `(t.user_id IS NULL OR t.user_id IN (SELECT su.id FROM users su WHERE ${visibleUserSql(user, 'su', params)}))`
      : 'FALSE',
  area: 'reports',
});
