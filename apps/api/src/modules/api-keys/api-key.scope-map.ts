import { ApiKeyScope, hasScope, type ScopeAction, type ScopeArea } from './api-key.scopes';

/**
 * What an API key needs to select each field of the schema: the one declaration the gate enforces
 * (graphql/key-scopes.ts walks every selected field, nested ones included, before anything executes).
 *
 * - a scope ('customers:read'…; WRITE includes READ of its area), or a list meaning "any of these";
 * - 'free': no scope (page info, "who am I", value objects reachable only through a scoped field);
 * - 'session': never with an API key — credentials, users, settings, channels and webhooks need a person's own session.
 *
 * A field needs its own entry (FIELD_NEEDS['Type.field']) or its type's (TYPE_NEEDS), and also what the type it
 * returns needs: `Customer.contracts` needs customers:read (Customer) and deals:read (Contract).
 * Root fields are always listed one by one. A field listed nowhere is refused to keys (and fails the schema test).
 */
export type KeyNeed = 'free' | 'session' | ApiKeyScope | readonly ApiKeyScope[];

const { CUSTOMERS_READ: CR, CUSTOMERS_WRITE: CW, DEALS_READ: DR, DEALS_WRITE: DW, REPORTS_READ: RR } = ApiKeyScope;
const ANY_EXPORT = [ApiKeyScope.CUSTOMERS_EXPORT, ApiKeyScope.DEALS_EXPORT, ApiKeyScope.REPORTS_EXPORT] as const;

/** Object types: every field of the type needs this (unless FIELD_NEEDS says otherwise). `XConnection`/`XEdge` follow `X`. */
export const TYPE_NEEDS: Record<string, KeyNeed> = {
  // Plumbing and value objects that only appear under a scoped field.
  PageInfo: 'free',
  Node: 'free',
  FieldChange: 'free',
  FunnelStage: 'free',
  // Satisfaction dimensions and scores: value objects under visits (customers:read) and reports (reports:read).
  SatisfactionDimension: 'free',
  VisitScore: 'free',
  DimensionAverage: 'free',
  ExportLink: 'free',
  // A bulk export is seen by a key with any export scope; starting one checks the area of its kind (customers or deals).
  BulkExport: ANY_EXPORT,
  User: 'free',
  RateLimitStatus: 'free',
  // Customers and everything under them.
  Customer: CR,
  Contact: CR,
  FollowUp: CR,
  Tag: CR,
  Task: CR,
  Visit: CR,
  SatisfactionStats: CR,
  CustomerShare: CR,
  ChangeLog: CR,
  ChangeLogName: CR,
  DuplicateCandidate: CR,
  DuplicateCandidateOwner: CR,
  DeleteTagPayload: CR,
  // Files: contract and receipt files also need deals:read (the files module's visibility rule checks the key).
  Attachment: CR,
  CustomField: CR,
  PoolReclaimItem: CR,
  PoolRules: CR,
  ActivityGradeThreshold: CR,
  CustomerActivityInfo: CR,
  CustomerLifecycleInfo: CR,
  CustomerGradeInfo: CR,
  GradeFactorsType: DR,
  ChurnRiskList: CR,
  ChurnRisk: CR,
  ChurnRiskCause: CR,
  ChurnSettings: CR,
  PoolGradeRule: CR,
  MergeResult: CR,
  MergeFieldValue: CR,
  MergeTableCount: CR,
  ReassignPayload: CR,
  ImportJob: CR,
  ImportRow: CR,
  ImportDuplicate: CR,
  ImportCellError: CR,
  ImportTemplate: CR,
  Notification: CR,
  MarkNotificationsReadResult: CR,
  // Deals: opportunities, contracts and money.
  Opportunity: DR,
  OpportunityStageChange: DR,
  OpportunityLine: DR,
  Contract: DR,
  ContractApproval: DR,
  ContractLine: DR,
  Product: DR,
  PaymentPlan: DR,
  Receipt: DR,
  Invoice: DR,
  Receivable: DR,
  DealSettings: DR,
  ContractTemplate: DR,
  ContractChecklistItem: DR,
  ContractReviewComment: DR,
  // Reports.
  CustomerReport: RR,
  OpportunityReport: RR,
  MoneyReport: RR,
  MoneyPeriod: RR,
  SalesPerformanceReport: RR,
  PerformanceRow: RR,
  SatisfactionReport: RR,
  SatisfactionPeriod: RR,
  SatisfactionPerson: RR,
  ReceiptReportRow: RR,
  ReceiptReportConnection: RR,
  ReceiptReportEdge: RR,
  TopCustomer: RR,
  ValueReport: RR,
  ValueBucket: RR,
  ValueCustomer: RR,
  LostReason: RR,
  ReportBucket: RR,
  ReportRangeInfo: RR,
  SalesForecast: RR,
  ForecastPeriod: RR,
  ForecastRow: RR,
  SalesTarget: RR,
  CountChange: RR,
  MoneyChange: RR,
  CountAmount: RR,
  PeriodCount: RR,
  // A person's own session only.
  AuthPayload: 'session',
  ApiKey: 'session',
  CreatedApiKey: 'session',
  WebhookEndpoint: 'session',
  CreatedWebhookEndpoint: 'session',
  WebhookDelivery: 'session',
  WebhookAttempt: 'session',
  RotatedWebhookSecret: 'session',
  // The event log, for a receiver to reconcile: a key of an admin with customers:read (deal events need deals:read too).
  WebhookEvent: CR,
  NotificationChannels: 'session',
  DingTalkChannel: 'session',
  EmailChannel: 'session',
  WeComChannel: 'session',
  NotificationChannelTestResult: 'session',
  NotificationDelivery: 'session',
  ReminderSetting: 'session',
  ReminderScanResult: 'session',
  UserSignIn: 'session',
  ExportAuditEntry: 'session',
  ExportAuditConnection: 'session',
  ExportAuditEdge: 'session',
  DeactivateUserPayload: 'session',
};

/** Single fields: every root field, and fields that need more (or less) than their type. */
export const FIELD_NEEDS: Record<string, KeyNeed> = {
  // Money on a customer is deal data.
  'Customer.creditRating': DR,
  // The activity reason names the last order and receipt dates.
  'Customer.activityInfo': DR,
  // The lifecycle reason names signed amounts.
  'Customer.lifecycleInfo': DR,
  // The grade reason names the signed amount and the credit rating.
  'Customer.gradeInfo': DR,
  // Sign-in safety of colleagues.
  'User.lockedUntil': 'session',
  'User.failedLoginCount': 'session',

  'Query.me': 'free',
  'Query.node': 'free',
  'Query.nodes': 'free',
  'Query.serverTime': 'free',
  'Query.rateLimit': 'free',
  'Query.customer': CR,
  'Query.customers': CR,
  'Query.recycleBin': CR,
  'Query.duplicateCandidates': CR,
  'Query.customFields': CR,
  'Query.poolCustomers': CR,
  'Query.poolReclaimPreview': CR,
  'Query.poolRules': CR,
  'Query.activitySettings': CR,
  'Query.gradingFactors': DR,
  // Overdue receivables are among the causes.
  'Query.churnRisks': DR,
  'Query.churnSettings': CR,
  'Query.tags': CR,
  'Query.attachments': CR,
  'Query.contractTemplates': DR,
  'Mutation.createContractTemplate': 'session',
  'Mutation.updateContractTemplate': 'session',
  'Mutation.deleteContractTemplate': 'session',
  'Mutation.generateContractDocument': DW,
  'Mutation.checkContractReviewItem': DW,
  'Mutation.commentOnContract': DW,
  'Query.task': CR,
  'Query.tasks': CR,
  'Query.users': CR,
  'Query.visitSatisfaction': CR,
  'Query.satisfactionDimensions': CR,
  'Query.visits': CR,
  'Query.notifications': CR,
  'Query.unreadNotificationCount': CR,
  'Query.importJob': CR,
  'Query.importJobs': CR,
  'Query.importTemplate': CR,
  'Query.contract': DR,
  'Query.contracts': DR,
  'Query.opportunity': DR,
  'Query.opportunities': DR,
  'Query.paymentPlans': DR,
  'Query.receipts': DR,
  'Query.invoices': DR,
  'Query.products': DR,
  'Query.dealSettings': DR,
  'Query.customerReport': RR,
  'Query.opportunityReport': RR,
  'Query.moneyReport': RR,
  'Query.receiptReport': RR,
  'Query.salesPerformanceReport': RR,
  'Query.satisfactionReport': RR,
  'Query.topCustomersReport': RR,
  'Query.salesForecast': RR,
  'Query.salesTargets': RR,
  'Query.valueReport': RR,
  'Query.apiKeys': 'session',
  'Query.exportAudit': 'session',
  'Query.bulkExport': ANY_EXPORT,
  'Query.bulkExports': ANY_EXPORT,
  'Query.notificationChannels': 'session',
  'Query.notificationDeliveries': 'session',
  'Query.reminderSettings': 'session',
  'Query.signIns': 'session',
  'Query.webhookDeliveries': 'session',
  'Query.webhookEndpoints': 'session',
  'Query.webhookEvents': CR,

  'Mutation.createCustomer': CW,
  'Mutation.updateCustomer': CW,
  'Mutation.deleteCustomer': CW,
  'Mutation.restoreCustomer': CW,
  'Mutation.purgeCustomer': CW,
  'Mutation.deactivateCustomer': CW,
  'Mutation.reactivateCustomer': CW,
  'Mutation.mergeCustomers': CW,
  'Mutation.reassignCustomers': CW,
  'Mutation.claimCustomer': CW,
  'Mutation.releaseCustomer': CW,
  'Mutation.shareCustomer': CW,
  'Mutation.unshareCustomer': CW,
  'Mutation.addTags': CW,
  'Mutation.deleteTag': CW,
  'Mutation.deleteAttachment': CW,
  'Mutation.removeTags': CW,
  'Mutation.createContact': CW,
  'Mutation.updateContact': CW,
  'Mutation.deleteContact': CW,
  'Mutation.setPrimaryContact': CW,
  'Mutation.createFollowUp': CW,
  'Mutation.updateFollowUp': CW,
  'Mutation.deleteFollowUp': CW,
  'Mutation.createTask': CW,
  'Mutation.updateTask': CW,
  'Mutation.completeTask': CW,
  'Mutation.cancelTask': CW,
  'Mutation.planVisit': CW,
  'Mutation.recordVisit': CW,
  'Mutation.markNotificationsRead': CW,
  'Mutation.startImport': CW,
  'Mutation.revertImport': CW,
  'Mutation.createOpportunity': DW,
  'Mutation.updateOpportunity': DW,
  'Mutation.advanceOpportunity': DW,
  'Mutation.deleteOpportunity': DW,
  'Mutation.createContract': DW,
  'Mutation.updateContract': DW,
  'Mutation.deleteContract': DW,
  'Mutation.submitContract': DW,
  'Mutation.approveContract': DW,
  'Mutation.rejectContract': DW,
  'Mutation.signContract': DW,
  'Mutation.completeContract': DW,
  'Mutation.terminateContract': DW,
  'Mutation.addPaymentPlan': DW,
  'Mutation.updatePaymentPlan': DW,
  'Mutation.deletePaymentPlan': DW,
  'Mutation.recordReceipt': DW,
  'Mutation.deleteReceipt': DW,
  'Mutation.issueInvoice': DW,
  'Mutation.voidInvoice': DW,
  'Mutation.createProduct': DW,
  'Mutation.updateProduct': DW,
  // The export's own kind decides which export scope (export.service.ts checks it).
  'Mutation.createExport': ANY_EXPORT,
  'Mutation.startBulkExport': ANY_EXPORT,
  'Mutation.login': 'session',
  'Mutation.changePassword': 'session',
  'Mutation.setMyLocale': 'session',
  'Mutation.signOutEverywhere': 'session',
  'Mutation.createUser': 'session',
  'Mutation.updateUser': 'session',
  'Mutation.deactivateUser': 'session',
  'Mutation.setExportPermission': 'session',
  'Mutation.unlockUser': 'session',
  'Mutation.createApiKey': 'session',
  'Mutation.revokeApiKey': 'session',
  'Mutation.createWebhookEndpoint': 'session',
  'Mutation.updateWebhookEndpoint': 'session',
  'Mutation.deleteWebhookEndpoint': 'session',
  'Mutation.redeliverWebhook': 'session',
  'Mutation.rotateWebhookSecret': 'session',
  'Mutation.updateNotificationChannels': 'session',
  'Mutation.testNotificationChannel': 'session',
  'Mutation.retryNotificationDelivery': 'session',
  'Mutation.updateReminderSetting': 'session',
  'Mutation.runReminderScans': 'session',
  'Mutation.updateDealSettings': 'session',
  'Mutation.updateActivitySettings': 'session',
  'Mutation.updateGradingFactors': 'session',
  'Mutation.updateChurnSettings': 'session',
  'Mutation.setSalesTarget': 'session',
  'Mutation.updateSatisfactionDimensions': 'session',
  'Mutation.recomputeGrades': 'session',
  'Mutation.updatePoolRules': 'session',
  'Mutation.runPoolReclaim': 'session',
  'Mutation.createCustomField': 'session',
  'Mutation.updateCustomField': 'session',
  'Mutation.deleteCustomField': 'session',

  'Subscription.heartbeat': 'free',
  'Subscription.notificationAdded': CR,
};

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** A type's need: its own entry, or for `XConnection` / `XEdge` that of `X`. */
export function typeNeed(typeName: string): KeyNeed | undefined {
  const own = TYPE_NEEDS[typeName];
  if (own !== undefined) return own;
  const base = /^(.+?)(Connection|Edge)$/.exec(typeName)?.[1];
  return base ? TYPE_NEEDS[base] : undefined;
}

/**
 * Everything selecting `parent.field` needs, or undefined when the map does not cover it.
 * `returns` is the named type the field returns when that type is an object, interface or union.
 */
export function fieldNeeds(parent: string, field: string, returns: string | null): KeyNeed[] | undefined {
  const own = FIELD_NEEDS[`${parent}.${field}`] ?? (ROOT_TYPES.has(parent) ? undefined : typeNeed(parent));
  if (own === undefined) return undefined;
  if (!returns) return [own];
  const target = typeNeed(returns);
  return target === undefined ? undefined : [own, target];
}

/** True when a key with `scopes` satisfies `need`. */
export function keyMeets(scopes: readonly string[], need: KeyNeed): boolean {
  if (need === 'free') return true;
  if (need === 'session') return false;
  const options = typeof need === 'string' ? [need] : need;
  return options.some((s) => {
    const [area, action] = s.split(':') as [ScopeArea, ScopeAction];
    return hasScope(scopes, area, action);
  });
}

/** How a refusal names what was missing: the scope(s), or 'interactive sign-in'. */
export function describeNeed(need: KeyNeed): string {
  if (need === 'session') return 'interactive sign-in';
  return typeof need === 'string' ? need : need.join(' | ');
}
