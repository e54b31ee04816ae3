import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ContactResolver } from '../modules/contacts/contact.resolver';
import { CustomFieldResolver } from '../modules/custom-fields/custom-field.resolver';
import { CustomerFieldsResolver, DuplicateCandidateResolver } from '../modules/customers/customer.fields.resolver';
import { CustomerResolver } from '../modules/customers/customer.resolver';
import { FollowUpResolver } from '../modules/follow-ups/follow-up.resolver';
import { SystemResolver } from '../modules/system/system.resolver';
import { TagResolver } from '../modules/tags/tag.resolver';
import { ChangeLogResolver } from '../modules/audit/change-log.resolver';
import { UserFieldsResolver, UserResolver } from '../modules/users/user.resolver';
import { PoolReclaimItemResolver, PoolResolver } from '../modules/pool/pool.resolver';
import { CustomerShareResolver, SharingResolver } from '../modules/sharing/sharing.resolver';
import { TeamResolver } from '../modules/team/team.resolver';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver';
import { NodeResolver } from '../modules/node/node.resolver';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from '../modules/webhooks/webhook.resolver';
import { CustomerTasksResolver, TaskResolver } from '../modules/tasks/task.resolver';
import { CustomerVisitsResolver, VisitResolver } from '../modules/visits/visit.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { ReminderResolver } from '../modules/reminders/reminder.resolver';
import { NotificationChannelResolver } from '../modules/channels/channel.resolver';

import { ContractApprovalResolver, ContractLineResolver, ContractResolver } from '../modules/contracts/contract.resolver';
import { CustomerDealsResolver, DealSettingsResolver } from '../modules/grading/grading.resolver';
import {
  OpportunityLineResolver,
  OpportunityResolver,
  OpportunityStageChangeResolver,
} from '../modules/opportunities/opportunity.resolver';
import { InvoiceResolver, PaymentPlanResolver, ReceiptResolver } from '../modules/payments/payment.resolver';
import { ProductResolver } from '../modules/products/product.resolver';
import { ReportResolver } from '../modules/reports/report.resolver';
import { ForecastResolver } from '../modules/forecast/forecast.resolver';
import { ValueReportResolver } from '../modules/reports/report.value';
import { ExportAuditEntryResolver, ExportResolver } from '../modules/exports/export.resolver';
import { ImportJobResolver } from '../modules/imports/import.resolver';
import { fileResolvers } from '../modules/files/file.resolver';
import { ContractTemplateResolver } from '../modules/contract-templates/contract-template.resolver';
import { contractReviewResolvers } from '../modules/contracts/contract.review.resolver';
import { BulkExportResolver } from '../modules/bulk-exports/bulk-export.resolver';
import { RateLimitResolver } from '../modules/rate-limit/rate-limit.resolver';
import { CustomerHealthResolver, HealthSettingsResolver } from '../modules/health/health.resolver';
/** Every resolver class of the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  RateLimitResolver,
  UserFieldsResolver,
  UserResolver,
  PoolResolver,
  PoolReclaimItemResolver,
  SharingResolver,
  CustomerShareResolver,
  TeamResolver,
  SystemResolver,
  CustomerResolver,
  CustomerFieldsResolver,
  DuplicateCandidateResolver,
  ContactResolver,
  FollowUpResolver,
  TagResolver,
  CustomFieldResolver,
  ChangeLogResolver,
  ApiKeyResolver,
  NodeResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  TaskResolver,
  CustomerTasksResolver,
  VisitResolver,
  CustomerVisitsResolver,
  NotificationResolver,
  ReminderResolver,
  NotificationChannelResolver,
  ProductResolver,
  OpportunityResolver,
  OpportunityStageChangeResolver,
  OpportunityLineResolver,
  ContractResolver,
  ContractLineResolver,
  ContractApprovalResolver,
  PaymentPlanResolver,
  ReceiptResolver,
  InvoiceResolver,
  CustomerDealsResolver,
  DealSettingsResolver,
  ReportResolver,
  ForecastResolver,
  ValueReportResolver,
  CustomerHealthResolver,
  HealthSettingsResolver,
  ExportResolver,
  ExportAuditEntryResolver,
  BulkExportResolver,
  ImportJobResolver,
  ...fileResolvers,
  ContractTemplateResolver,
  ...contractReviewResolvers,
];
