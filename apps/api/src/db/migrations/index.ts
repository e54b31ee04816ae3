import { Users1763900000000 } from './1763900000000-users';
import { CustomerGraph1763900100000 } from './1763900100000-customer-graph';
import { Team1763900200000 } from './1763900200000-team';
import { Deals1763900300000 } from './1763900300000-deals';
import { Reminders1763900400000 } from './1763900400000-reminders';
import { Integrations1763900500000 } from './1763900500000-integrations';
import { Bulk1763900700000 } from './1763900700000-bulk';
import { Imports1763900900000 } from './1763900900000-imports';
import { NameCore1763901000000 } from './1763901000000-name-core';
import { OwnerGrams1763901100000 } from './1763901100000-owner-grams';
import { NameVariants1763901200000 } from './1763901200000-name-variants';
import { OwnerFollowUpOrder1763901300000 } from './1763901300000-owner-follow-up-order';
import { OwnerSearchWalk1796664589114 } from './1796664589114-owner-search-walk';
import { ImportHeartbeat1796664597698 } from './1796664597698-import-heartbeat';
import { Files1796666102761 } from './1796666102761-files';
import { IdempotencyKeys1796666871006 } from './1796666871006-idempotency-keys';
import { OpportunityLines1796668565205 } from './1796668565205-opportunity-lines';
import { BulkExports1796670000000 } from './1796670000000-bulk-exports';
import { IdempotencyWrote1796670100000 } from './1796670100000-idempotency-wrote';
import { ContractAttachmentsRetired1796675374779 } from './1796675374779-contract-attachments-retired';
import { WebhookLog1796675434103 } from './1796675434103-webhook-log';
import { CustomerActivity1796675472045 } from './1796675472045-customer-activity';
import { CustomerNumbers1796675506291 } from './1796675506291-customer-numbers';
import { ContractTemplates1796676158675 } from './1796676158675-contract-templates';
import { CustomFieldValuesIndex1796676170398 } from './1796676170398-custom-field-values-index';
import { ContractReview1796676831207 } from './1796676831207-contract-review';
import { SalesTargets1796686056543 } from './1796686056543-sales-targets';
import { NotificationContent1796686074349 } from './1796686074349-notification-content';
import { VisitSatisfactionDimensions1796700000000 } from './1796700000000-visit-satisfaction-dimensions';

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const migrations = [
  Users1763900000000,
  CustomerGraph1763900100000,
  Team1763900200000,
  Deals1763900300000,
  Reminders1763900400000,
  Integrations1763900500000,
  Bulk1763900700000,
  Imports1763900900000,
  NameCore1763901000000,
  OwnerGrams1763901100000,
  NameVariants1763901200000,
  OwnerFollowUpOrder1763901300000,
  OwnerSearchWalk1796664589114,
  ImportHeartbeat1796664597698,
  Files1796666102761,
  IdempotencyKeys1796666871006,
  OpportunityLines1796668565205,
  BulkExports1796670000000,
  IdempotencyWrote1796670100000,
  ContractAttachmentsRetired1796675374779,
  WebhookLog1796675434103,
  CustomerActivity1796675472045,
  CustomerNumbers1796675506291,
  ContractTemplates1796676158675,
  CustomFieldValuesIndex1796676170398,
  ContractReview1796676831207,
  SalesTargets1796686056543,
  NotificationContent1796686074349,
  VisitSatisfactionDimensions1796700000000,
];
