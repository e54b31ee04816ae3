import { ContractTemplate } from '../modules/contract-templates/contract-template.entity';
import { ContractReviewComment } from '../modules/contracts/contract.entity';
import { SalesTarget } from '../modules/forecast/sales-target.entity';
import { ChangeLog } from '../modules/audit/change-log.entity';
import { Contact } from '../modules/contacts/contact.entity';
import { CustomField } from '../modules/custom-fields/custom-field.entity';
import { Customer } from '../modules/customers/customer.entity';
import { FollowUp } from '../modules/follow-ups/follow-up.entity';
import { Tag } from '../modules/tags/tag.entity';
import { User } from '../modules/users/user.entity';
import { Task } from '../modules/tasks/task.entity';
import { Visit } from '../modules/visits/visit.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { NotificationDelivery } from '../modules/notifications/delivery.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent } from '../modules/webhooks/webhook.entity';

import { Contract, ContractApproval, ContractLine } from '../modules/contracts/contract.entity';
import { DealSettings } from '../modules/grading/deal-settings.entity';
import { Opportunity, OpportunityLine, OpportunityStageChange } from '../modules/opportunities/opportunity.entity';
import { Invoice, PaymentPlan, Receipt } from '../modules/payments/payment.entity';
import { Product } from '../modules/products/product.entity';
import { ImportJob } from '../modules/imports/import.entity';
import { Attachment } from '../modules/files/file.entity';
import { BulkExport } from '../modules/bulk-exports/bulk-export.entity';
/** Every TypeORM entity. Listed explicitly: glob loading does not work under the test transformer. */
export const entities = [
  User,
  Customer,
  Contact,
  FollowUp,
  Tag,
  CustomField,
  ChangeLog,
  ApiKey,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  WebhookEvent,
  Task,
  Visit,
  Notification,
  NotificationDelivery,
  Product,
  Opportunity,
  OpportunityStageChange,
  OpportunityLine,
  Contract,
  ContractLine,
  ContractApproval,
  PaymentPlan,
  Receipt,
  Invoice,
  DealSettings,
  ImportJob,
  Attachment,
  ContractTemplate,
  ContractReviewComment,
  SalesTarget,
  BulkExport,
];
