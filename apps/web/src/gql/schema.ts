export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A non-negative decimal number as a string with at most two decimals, e.g. "2", "1.5", "12.25" */
  Decimal: { input: string; output: string; }
  /** A JSON object, e.g. custom field values keyed by field key: {"budget": 50000, "channels": ["线上"]} */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A calendar date in the business time zone, YYYY-MM-DD, e.g. "2026-11-23" */
  LocalDate: { input: string; output: string; }
  /** An amount of money in yuan as a decimal string with at most two decimals, e.g. "12800.00" */
  Money: { input: string; output: string; }
};

/** Activity thresholds of one customer grade (活跃度阈值) */
export type ActivityGradeThreshold = {
  __typename?: 'ActivityGradeThreshold';
  /** 流失 after this many days without contact (more than dormantDays) */
  churnedDays: Scalars['Int']['output'];
  /** 沉睡 after this many days without contact */
  dormantDays: Scalars['Int']['output'];
  /** The grade */
  grade: CustomerGrade;
};

/** Activity thresholds of one customer grade */
export type ActivityGradeThresholdInput = {
  /** Days without contact before 流失 (more than dormantDays, ≤ 3650) */
  churnedDays: Scalars['Int']['input'];
  /** Days without contact before 沉睡 (1–3650) */
  dormantDays: Scalars['Int']['input'];
  /** The grade (each of the four exactly once) */
  grade: CustomerGrade;
};

/** API 密钥: a credential for an integration, acting as its owner user within its scopes */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** True when the key works now: not revoked and not expired */
  active: Scalars['Boolean']['output'];
  /** When the key was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The admin who created the key */
  createdBy?: Maybe<User>;
  /** When the key stops working (null = never) */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Last time the key was used (to the minute) */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the key is for, e.g. "ERP 同步" */
  name: Scalars['String']['output'];
  /** The user the key acts as */
  owner?: Maybe<User>;
  /** The first characters of the secret (kehu_…), to recognise the key; not usable on its own */
  prefix: Scalars['String']['output'];
  /** When the key was revoked (null = not revoked) */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the key may do */
  scopes: Array<ApiKeyScope>;
  /** Optimistic-locking version */
  version: Scalars['Int']['output'];
};

/** A page of API keys, newest first */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The items of this page with their cursors */
  edges: Array<ApiKeyEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of ApiKey */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The ApiKey */
  node: ApiKey;
};

/** A permission of an API key: an action on an area. WRITE includes READ of the same area. */
export type ApiKeyScope =
  /** Export customer lists */
  | 'CUSTOMERS_EXPORT'
  /** Read customers, contacts, follow-ups, tags, visits, tasks and the pool */
  | 'CUSTOMERS_READ'
  /** Create and change customers and everything under them (includes read) */
  | 'CUSTOMERS_WRITE'
  /** Export deal lists */
  | 'DEALS_EXPORT'
  /** Read opportunities, contracts, payment plans, receipts and invoices */
  | 'DEALS_READ'
  /** Create and change opportunities, contracts, receipts and invoices (includes read) */
  | 'DEALS_WRITE'
  /** Export reports */
  | 'REPORTS_EXPORT'
  /** Read reports and dashboards */
  | 'REPORTS_READ'
  /** Change report settings (includes read) */
  | 'REPORTS_WRITE';

/** 附件: a file attached to a customer or one of its records; visible exactly when that customer is */
export type Attachment = Node & {
  __typename?: 'Attachment';
  /** 类别, e.g. 营业执照 */
  category: AttachmentCategory;
  /** MIME type decided from the file's bytes, e.g. image/jpeg */
  contentType?: Maybe<Scalars['String']['output']>;
  /** The customer the record belongs to */
  customerId: Scalars['ID']['output'];
  /** A link to the file for <img src> or <a href> that works without a token for 5 minutes, relative to the API (e.g. /files/…?u=…&e=…&s=…; add &download=1 to save instead of showing); for a file kept elsewhere, its outside URL */
  downloadUrl: Scalars['String']['output'];
  /** For a file kept elsewhere (older contract attachments): its outside address; null for uploaded files */
  externalUrl?: Maybe<Scalars['String']['output']>;
  /** The file name as uploaded, e.g. 营业执照.jpg */
  fileName: Scalars['String']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** The id of the record the file is attached to */
  recordId: Scalars['ID']['output'];
  /** The kind of record the file is attached to */
  recordKind: AttachmentRecordKind;
  /** SHA-256 of the content (hex); null for a file known only by its outside URL */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Size in bytes */
  size?: Maybe<Scalars['Int']['output']>;
  /** When it was uploaded */
  uploadedAt: Scalars['DateTimeISO']['output'];
  /** Who uploaded it */
  uploadedBy?: Maybe<User>;
};

/** What a file is */
export type AttachmentCategory =
  /** 名片 */
  | 'BUSINESS_CARD'
  /** 营业执照 */
  | 'BUSINESS_LICENSE'
  /** 合同草稿 */
  | 'CONTRACT_DRAFT'
  /** 其他 */
  | 'OTHER'
  /** 照片 */
  | 'PHOTO'
  /** 回单 */
  | 'RECEIPT_SLIP'
  /** 通话录音 */
  | 'RECORDING'
  /** 已签合同扫描件 */
  | 'SIGNED_SCAN';

/** Which files to list */
export type AttachmentFilter = {
  /** Only files of this category */
  category?: InputMaybe<AttachmentCategory>;
  /** Only files of this customer (on any of its records) */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the file name, e.g. 营业执照 (case-insensitive) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only files attached to this record */
  recordId?: InputMaybe<Scalars['ID']['input']>;
};

/** The kind of record a file is attached to */
export type AttachmentRecordKind =
  /** 联系人 */
  | 'CONTACT'
  /** 合同 */
  | 'CONTRACT'
  /** 客户 */
  | 'CUSTOMER'
  /** 跟进记录 */
  | 'FOLLOW_UP'
  /** 回款 */
  | 'RECEIPT'
  /** 回访 */
  | 'VISIT';

/** The result of signing in: a bearer token and the signed-in user */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the token stops working */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>` on HTTP and as `authorization` in graphql-ws connectionParams */
  token: Scalars['String']['output'];
  /** The signed-in user */
  user: User;
};

/** 批量导出: a bulk read of one list written to a file in the background. Poll it (or `node(id)`) until `status` is DONE, then GET `url` (a short-lived signed link; read the field again for a fresh one). */
export type BulkExport = Node & {
  __typename?: 'BulkExport';
  /** Size of the file so far, in bytes */
  bytes: Scalars['Float']['output'];
  /** When it was started */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why it FAILED */
  error?: Maybe<Scalars['String']['output']>;
  /** File name the download carries */
  fileName: Scalars['String']['output'];
  /** The filter as given to startBulkExport */
  filter: Scalars['JSONObject']['output'];
  /** When the file was complete */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** File format */
  format: BulkExportFormat;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Which records */
  kind: BulkExportKind;
  /** Records written so far (progress) */
  processedRows: Scalars['Int']['output'];
  /** When a worker began writing it */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where it is */
  status: BulkExportStatus;
  /** Records the file will hold, counted when the run starts */
  totalRows?: Maybe<Scalars['Int']['output']>;
  /** When DONE: a signed download link, relative to the API origin, valid for a few minutes (`urlExpiresAt`); GET it without an Authorization header. Each read of this field makes a fresh link. Null until the file is ready. */
  url?: Maybe<Scalars['String']['output']>;
  /** When a link read now stops working */
  urlExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who started it (the file holds what they may see) */
  user?: Maybe<User>;
};

/** A page of bulk exports, newest first */
export type BulkExportConnection = {
  __typename?: 'BulkExportConnection';
  /** The items of this page with their cursors */
  edges: Array<BulkExportEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of BulkExport */
export type BulkExportEdge = {
  __typename?: 'BulkExportEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The BulkExport */
  node: BulkExport;
};

/** File format of a bulk export */
export type BulkExportFormat =
  /** JSON Lines (one JSON object per line, UTF-8): for programs. Field names as in the GraphQL types, money as decimal strings, times ISO 8601 */
  | 'JSONL'
  /** Excel workbook with the columns of the web app's list export: for people (CUSTOMERS, OPPORTUNITIES, CONTRACTS, RECEIPTS) */
  | 'XLSX';

/** Which records a bulk export reads */
export type BulkExportKind =
  /** 联系人 of the customers customerFilter selects (customers:read) */
  | 'CONTACTS'
  /** 合同 with received and outstanding amounts (filter: contractFilter; deals:read) */
  | 'CONTRACTS'
  /** 客户, each line one customer with its `contacts` and `tags` (filter: customerFilter; key scope customers:read) */
  | 'CUSTOMERS'
  /** 跟进记录 of the customers customerFilter selects, newest first (customers:read) */
  | 'FOLLOW_UPS'
  /** 发票 (filter: invoiceFilter; deals:read) */
  | 'INVOICES'
  /** 商机 (filter: opportunityFilter; deals:read) */
  | 'OPPORTUNITIES'
  /** 收款计划 with received, outstanding and status as of today (filter: paymentPlanFilter; deals:read) */
  | 'PAYMENT_PLANS'
  /** 回款 (filter: receiptFilter; deals:read) */
  | 'RECEIPTS';

/** Where a bulk export is */
export type BulkExportStatus =
  /** The file is ready: download it from `url` */
  | 'DONE'
  /** Stopped by an error (`error`); start a new one */
  | 'FAILED'
  /** Waiting for a background worker */
  | 'QUEUED'
  /** Being written; `processedRows` moves */
  | 'RUNNING';

/** 变更日志: who changed what, when, field by field */
export type ChangeLog = {
  __typename?: 'ChangeLog';
  /** CREATE, UPDATE, DELETE, RESTORE, PURGE, MERGE, OWNER_CHANGE, CLAIM, RELEASE, RECLAIM, DEACTIVATE, REACTIVATE, … */
  action: Scalars['String']['output'];
  /** Who made the change (null for the system, e.g. the pool reclaim job) */
  actor?: Maybe<User>;
  /** When it happened */
  at: Scalars['DateTimeISO']['output'];
  /** Each changed field with its old and new value */
  changes: Array<FieldChange>;
  /** Id of the record that changed */
  entityId: Scalars['ID']['output'];
  /** Kind of record: Customer, Contact, FollowUp, … */
  entityType: Scalars['String']['output'];
  /** Unique id (increasing) */
  id: Scalars['ID']['output'];
  /** Names of the users and records the entry mentions by id (owner, contacts, merged customers, the record itself) and labels of the custom fields it changes, all looked up in one batch for the page */
  names: Array<ChangeLogName>;
  /** Why, e.g. the release reason or the merge summary (in Chinese; see noteMessage) */
  note?: Maybe<Scalars['String']['output']>;
  /** The note as a keyed message {key, params} of the message catalogue, to say it in the reader’s language */
  noteMessage?: Maybe<Scalars['JSONObject']['output']>;
};

/** A page of change-log entries, newest first */
export type ChangeLogConnection = {
  __typename?: 'ChangeLogConnection';
  /** The items of this page with their cursors */
  edges: Array<ChangeLogEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of ChangeLog */
export type ChangeLogEdge = {
  __typename?: 'ChangeLogEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The ChangeLog */
  node: ChangeLog;
};

/** The name of a user, record or custom field an entry mentions, for saying it in words instead of an id */
export type ChangeLogName = {
  __typename?: 'ChangeLogName';
  /** user, customer, contact, opportunity, contract, paymentPlan or customField */
  kind: Scalars['String']['output'];
  /** Its name (a custom field: its label; a contract: number and title) */
  name: Scalars['String']['output'];
  /** The id it stands for (a custom field: its key) */
  ref: Scalars['String']['output'];
};

/** 流失风险的原因 */
export type ChurnCause =
  /** 沉睡: a VIP or 重要 customer without contact for its dormant threshold */
  | 'DORMANT'
  /** 回款逾期: a payment plan unpaid the set days after its due date */
  | 'OVERDUE'
  /** 满意度下降: the last visit scored below the one before by the set margin */
  | 'SATISFACTION_DROP';

/** 流失风险: a customer at risk and why */
export type ChurnRisk = {
  __typename?: 'ChurnRisk';
  /** Its causes in force */
  causes: Array<ChurnRiskCause>;
  /** The customer */
  customer: Customer;
};

/** One cause of a churn risk */
export type ChurnRiskCause = {
  __typename?: 'ChurnRiskCause';
  /** Which cause */
  cause: ChurnCause;
  /** The figure behind it: idle days, the scores "4.0→2.0", or "due-date outstanding" */
  detail: Scalars['String']['output'];
  /** When the cause began (the warning is sent once per cause and moment) */
  since: Scalars['DateTimeISO']['output'];
  /** The cause in words (Chinese), e.g. "45 天无往来 (沉睡)" */
  text: Scalars['String']['output'];
};

/** The customers at risk that you may see, VIP first, longest-standing first */
export type ChurnRiskList = {
  __typename?: 'ChurnRiskList';
  /** The first of them */
  items: Array<ChurnRisk>;
  /** How many customers are at risk */
  totalCount: Scalars['Int']['output'];
};

/** 流失预警设置: when a satisfaction drop or an overdue receivable counts as a churn cause (admins set it) */
export type ChurnSettings = {
  __typename?: 'ChurnSettings';
  /** A payment plan unpaid this many days after its due date warns (1–365) */
  overdueDays: Scalars['Int']['output'];
  /** A drop of at least this many points (1–4, 1–5 scale) from the visit before to the last visit warns */
  satisfactionDrop: Scalars['Int']['output'];
};

/** The churn warning settings (both values) */
export type ChurnSettingsInput = {
  /** Days overdue (1–365) */
  overdueDays: Scalars['Int']['input'];
  /** Points of drop (1–4) */
  satisfactionDrop: Scalars['Int']['input'];
};

/** 联系人: a person at a customer */
export type Contact = Node & {
  __typename?: 'Contact';
  /** 附件: the files attached to this Contact, newest first */
  attachments: Array<Attachment>;
  /** 生日 (birthday reminders use it) */
  birthday?: Maybe<Scalars['LocalDate']['output']>;
  /** When the contact was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer this contact belongs to */
  customer: Customer;
  /** 邮箱 */
  email?: Maybe<Scalars['String']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** The customer's primary contact (首要联系人); exactly one when the customer has contacts */
  isPrimary: Scalars['Boolean']['output'];
  /** 手机, a Chinese mobile number, stored normalised (13800138000) */
  mobile?: Maybe<Scalars['String']['output']>;
  /** 姓名 */
  name: Scalars['String']['output'];
  /** 电话, a landline such as 010-88886666 or 0755-12345678-801 */
  phone?: Maybe<Scalars['String']['output']>;
  /** 备注 */
  remark?: Maybe<Scalars['String']['output']>;
  /** 职务, e.g. 采购经理 */
  title?: Maybe<Scalars['String']['output']>;
  /** When the contact was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updateContact */
  version: Scalars['Int']['output'];
};

/** A contact as given with a new customer (name and a phone number are required) */
export type ContactInput = {
  /** 生日 */
  birthday?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 邮箱 */
  email?: InputMaybe<Scalars['String']['input']>;
  /** 手机: a Chinese mobile number (+86 allowed) */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** 姓名 (1–50 characters) */
  name: Scalars['String']['input'];
  /** 电话: landline such as 010-88886666, 0755-12345678-801 or 400-800-1234 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 职务 */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 合同: a sales contract with its lines, approval flow, payment plans, receipts and invoices */
export type Contract = Node & {
  __typename?: 'Contract';
  /** 合同金额: the sum of the lines, computed in SQL */
  amount: Scalars['Money']['output'];
  /** 审批记录: every step of the flow, oldest first */
  approvals: Array<ContractApproval>;
  /** 归档时间: set when the signed scan (SIGNED_SCAN) of a signed contract is uploaded; non-null means 已归档 */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 附件: the files attached to this Contract, newest first */
  attachments: Array<Attachment>;
  /** When drafted */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer */
  customer: Customer;
  /** 结束日期 (drives the expiry reminder) */
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * 附件: the files attached to this Contract, newest first
   * @deprecated Use `attachments` (the same files)
   */
  files: Array<Attachment>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 发票, newest first */
  invoices: Array<Invoice>;
  /** STANDARD or SUPPLEMENTARY (with a parent) */
  kind: ContractKind;
  /** 合同明细, in order */
  lines: Array<ContractLine>;
  /** 合同编号, unique; generated from the configured pattern (e.g. HT-2026-0001), editable until signed */
  number: Scalars['String']['output'];
  /** The opportunity it comes from */
  opportunity?: Maybe<Opportunity>;
  /** 负责人 */
  owner: User;
  /** The contract a supplementary contract amends */
  parent?: Maybe<Contract>;
  /** 收款计划, by due date */
  paymentPlans: Array<PaymentPlan>;
  /** 回款, newest first */
  receipts: Array<Receipt>;
  /** 应收: contracted, received, outstanding and overdue (zero until signed) */
  receivable: Receivable;
  /** 备注 */
  remark?: Maybe<Scalars['String']['output']>;
  /** 审核清单: the clauses of its template to confirm before it can be submitted for approval (empty when not generated from a template) */
  reviewChecklist: Array<ContractChecklistItem>;
  /** 审核意见: reviewers' comments, oldest first */
  reviewComments: Array<ContractReviewComment>;
  /** 签订日期 (set by signContract) */
  signedAt?: Maybe<Scalars['LocalDate']['output']>;
  /** 开始日期 */
  startDate?: Maybe<Scalars['LocalDate']['output']>;
  /** 合同状态 */
  status: ContractStatus;
  /** Supplementary contracts amending this one */
  supplements: Array<Contract>;
  /** 终止原因 (when TERMINATED) */
  terminationReason?: Maybe<Scalars['String']['output']>;
  /** 合同名称 */
  title: Scalars['String']['output'];
  /** When last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it with every contract mutation */
  version: Scalars['Int']['output'];
};

/** A step of the approval flow, as recorded in a contract's approvals */
export type ContractAction =
  /** 审批通过 */
  | 'APPROVE'
  /** 完成 */
  | 'COMPLETE'
  /** 驳回 (back to DRAFT, with a comment) */
  | 'REJECT'
  /** 签订 */
  | 'SIGN'
  /** 提交审批 */
  | 'SUBMIT'
  /** 终止 */
  | 'TERMINATE';

/** 审批记录: one step of a contract's approval flow, with who, when and comment */
export type ContractApproval = Node & {
  __typename?: 'ContractApproval';
  /** What was done */
  action: ContractAction;
  /** Who did it */
  actor: User;
  /** When */
  at: Scalars['DateTimeISO']['output'];
  /** 审批意见 / comment */
  comment?: Maybe<Scalars['String']['output']>;
  /** Status before */
  fromStatus: ContractStatus;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Status after */
  toStatus: ContractStatus;
};

/** 审核项: a clause of the template's review checklist, confirmed or not */
export type ContractChecklistItem = {
  __typename?: 'ContractChecklistItem';
  /** Whether it has been confirmed */
  checked: Scalars['Boolean']['output'];
  /** When it was confirmed */
  checkedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who confirmed it */
  checkedBy?: Maybe<User>;
  /** The clause to confirm, e.g. 付款条件已确认 */
  item: Scalars['String']['output'];
};

/** A page of contracts */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  /** The items of this page with their cursors */
  edges: Array<ContractEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Contract */
export type ContractEdge = {
  __typename?: 'ContractEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Contract */
  node: Contract;
};

/** Filters of the contract list; all given must match */
export type ContractFilter = {
  /** Waiting for my approval (PENDING, owned by someone below me; any for admins) */
  awaitingMyApproval?: InputMaybe<Scalars['Boolean']['input']>;
  /** Of this customer */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Ending on or before (expiring contracts) */
  endsBy?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Of this kind */
  kind?: InputMaybe<ContractKind>;
  /** From this opportunity */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** Owned by any of these users */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Number or title contains this text */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Signed on or after */
  signedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Signed on or before */
  signedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** In any of these statuses */
  statuses?: InputMaybe<Array<ContractStatus>>;
};

/** 合同类型 */
export type ContractKind =
  /** 标准合同 */
  | 'STANDARD'
  /** 补充合同: amends a parent contract of the same customer */
  | 'SUPPLEMENTARY';

/** 合同明细: one line of a contract */
export type ContractLine = Node & {
  __typename?: 'ContractLine';
  /** 金额 = round(quantity × unitPrice × (100 − discountPercent) / 100, 2), computed by PostgreSQL */
  amount: Scalars['Money']['output'];
  /** 折扣 in percent off, 0–100 (e.g. "10" = 九折) */
  discountPercent: Scalars['Decimal']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** What is sold (the product name unless given) */
  name: Scalars['String']['output'];
  /** Position on the contract, from 1 */
  position: Scalars['Int']['output'];
  /** The product, when the line was picked from the catalogue */
  product?: Maybe<Product>;
  /** 数量 */
  quantity: Scalars['Decimal']['output'];
  /** 单位 */
  unit?: Maybe<Scalars['String']['output']>;
  /** 单价 */
  unitPrice: Scalars['Money']['output'];
};

/** A contract line: a product (or a free-text item) with quantity, unit price and discount */
export type ContractLineInput = {
  /** 折扣 in percent off, 0–100 (default 0) */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Item name (required without a product) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Product (an active one); name, unit and price default from it */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** 数量 (> 0) */
  quantity: Scalars['Decimal']['input'];
  /** 单位 */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** 单价 (≥ 0; default: the product's list price) */
  unitPrice?: InputMaybe<Scalars['Money']['input']>;
};

/** Sort order of the contract list */
export type ContractOrder = {
  /** ASC or DESC (default DESC) */
  direction?: InputMaybe<SortDirection>;
  /** Sort key */
  field: ContractOrderField;
};

/** Sort keys of the contract list */
export type ContractOrderField =
  /** 合同金额 */
  | 'AMOUNT'
  /** When drafted */
  | 'CREATED_AT'
  /** 结束日期 (open-ended last) */
  | 'END_DATE'
  /** 合同编号 */
  | 'NUMBER'
  /** 签订日期 (unsigned last) */
  | 'SIGNED_AT';

/** 审核意见: a comment a reviewer left on a contract; kept with it */
export type ContractReviewComment = {
  __typename?: 'ContractReviewComment';
  /** When */
  at: Scalars['DateTimeISO']['output'];
  /** Who wrote it */
  author?: Maybe<User>;
  /** The comment */
  body: Scalars['String']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
};

/** 合同状态: DRAFT → PENDING → APPROVED → SIGNED → COMPLETED / TERMINATED; a rejection returns it to DRAFT */
export type ContractStatus =
  /** 已审批: approved, ready to sign */
  | 'APPROVED'
  /** 已完成: fulfilled */
  | 'COMPLETED'
  /** 草稿: being written or sent back by the reviewer; editable */
  | 'DRAFT'
  /** 待审批: submitted, waiting for a manager of the owner or an admin */
  | 'PENDING'
  /** 已签署: binding; payment plans, receipts and invoices apply */
  | 'SIGNED'
  /** 已终止: ended early */
  | 'TERMINATED';

/** 合同模板: a .docx with placeholders that contracts generate their document from, and the review checklist of contracts drafted from it */
export type ContractTemplate = {
  __typename?: 'ContractTemplate';
  /** 审核清单: the clauses a reviewer confirms before a contract goes to approval */
  checklist: Array<Scalars['String']['output']>;
  /** When uploaded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The .docx file name as uploaded */
  fileName: Scalars['String']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 模板名称, e.g. 标准销售合同 */
  name: Scalars['String']['output'];
  /** Size of the .docx in bytes */
  size: Scalars['Int']['output'];
  /** When last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updateContractTemplate */
  version: Scalars['Int']['output'];
};

/** A contract template */
export type ContractTemplateInput = {
  /** 审核清单 (replaces the list; each item 1–200 characters, at most 50) */
  checklist?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The .docx, base64-encoded (at most 5 MB); required on create. Placeholders in {braces}: customerName customerNumber customerAddress contactName contactMobile contractNumber contractTitle startDate endDate today ownerName amount amountInWords (大写) remark; loops {#lines}{index} {name} {unit} {quantity} {unitPrice} {amount}{/lines} and {#paymentPlans}{index} {dueDate} {amount} {amountInWords} {remark}{/paymentPlans} */
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  /** The .docx file name, e.g. 标准销售合同.docx; required with content */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** 模板名称 (1–100 characters, unique); required on create */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A count with an amount */
export type CountAmount = {
  __typename?: 'CountAmount';
  /** Sum of amounts */
  amount: Scalars['Money']['output'];
  /** How many */
  count: Scalars['Int']['output'];
  /** Sum of amount × win rate, where it applies */
  weightedAmount?: Maybe<Scalars['Money']['output']>;
};

/** A count with the same count in the previous range (环比) */
export type CountChange = {
  __typename?: 'CountChange';
  /** Change in percent ((current − previous) / previous × 100, 2 decimals); null when previous is 0 */
  changePercent?: Maybe<Scalars['Float']['output']>;
  /** In the range */
  current: Scalars['Int']['output'];
  /** In the previous range of equal length */
  previous: Scalars['Int']['output'];
};

/** A new API key */
export type CreateApiKeyInput = {
  /** When the key stops working (must be in the future); null = never */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What the key is for, 1–100 characters */
  name: Scalars['String']['input'];
  /** The user the key acts as: it sees and changes exactly what this user may */
  ownerId: Scalars['ID']['input'];
  /** What the key may do (at least one) */
  scopes: Array<ApiKeyScope>;
};

/** A new contract (a DRAFT) */
export type CreateContractInput = {
  /** Customer */
  customerId: Scalars['ID']['input'];
  /** 结束日期 (not before the start) */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** STANDARD (default) or SUPPLEMENTARY */
  kind?: InputMaybe<ContractKind>;
  /** Lines (replaces all lines); the amount is their sum */
  lines?: InputMaybe<Array<ContractLineInput>>;
  /** 合同编号: leave empty to generate one from the pattern */
  number?: InputMaybe<Scalars['String']['input']>;
  /** The opportunity it comes from (of the same customer); signing wins it */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** Owner (default: the customer's owner) */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The contract a SUPPLEMENTARY contract amends (a STANDARD contract of the same customer) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 开始日期 */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 合同名称 (1–100 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new customer with its first contact */
export type CreateCustomerInput = {
  /** 地址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 城市 */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The first (primary) contact: name and a mobile or phone are required */
  contact: ContactInput;
  /** Custom field values by key; validated against the field definitions. On update, keys given replace, null removes. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 公司邮箱 */
  email?: InputMaybe<Scalars['String']['input']>;
  /** 首次接触日期 */
  firstContactDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 客户等级; setting it by hand pins it against automatic grading */
  grade?: InputMaybe<CustomerGrade>;
  /** Keep the grade as set by hand (true) or let automatic grading manage it (false) */
  gradePinned?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属行业 */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Full legal name (2–100 characters); refused with DUPLICATE when it matches an existing customer */
  name: Scalars['String']['input'];
  /** Owner; defaults to you. Managers may name someone in their team, admins anyone. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** 省份 */
  province?: InputMaybe<Scalars['String']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 客户来源 */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Tag names; new tags are created */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 客户类型 (WON is set by signing a contract, not by hand) */
  type?: InputMaybe<CustomerType>;
  /** 网址 */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What to export. Give the filter that matches `kind`; the caller's data scope always applies on top. */
export type CreateExportInput = {
  /** kind CONTRACTS: the same filter as the contracts query */
  contractFilter?: InputMaybe<ContractFilter>;
  /** kind CUSTOMERS: the same filter as the customers query */
  customerFilter?: InputMaybe<CustomerFilter>;
  /** XLSX (default) or PDF (reports only) */
  format?: ExportFormat;
  /** A list or a report */
  kind: ExportKind;
  /** kind OPPORTUNITIES: the same filter as the opportunities query */
  opportunityFilter?: InputMaybe<OpportunityFilter>;
  /** kind RECEIPTS: the same filter as the receipts query */
  receiptFilter?: InputMaybe<ReceiptFilter>;
  /** kind REPORT: which report (required) */
  report?: InputMaybe<ReportKind>;
  /** kind REPORT: the report's filter (range, owners or team, period) */
  reportFilter?: InputMaybe<ReportFilter>;
  /** report TOP_CUSTOMERS: rank by (default SIGNED) */
  topCustomersBy?: InputMaybe<TopCustomersBy>;
};

/** A new opportunity */
export type CreateOpportunityInput = {
  /** 商机金额 (≥ 0; default: the lines' sum, or 0 without lines) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 预计成交日期 */
  expectedCloseDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 商机产品 (the amount defaults to their sum) */
  lines?: InputMaybe<Array<OpportunityLineInput>>;
  /** 商机名称 (1–100 characters) */
  name: Scalars['String']['input'];
  /** Owner (default: the customer's owner, or you for a pool customer) */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** Starting stage (default INITIAL; not WON or LOST) */
  stage?: InputMaybe<OpportunityStage>;
  /** 赢率 0–100 (default: the stage's) */
  winRate?: InputMaybe<Scalars['Int']['input']>;
};

/** A new product */
export type CreateProductInput = {
  /** 商品编码 (1–40 characters, unique) */
  code: Scalars['String']['input'];
  /** 标准价格 (≥ 0) */
  listPrice: Scalars['Money']['input'];
  /** 商品名称 (1–100 characters) */
  name: Scalars['String']['input'];
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 单位 (default 件) */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A new user, created by an admin; they must change the given password at first sign-in */
export type CreateUserInput = {
  /** Sign-in email (unique, case-insensitive) */
  email: Scalars['String']['input'];
  /** Manager in the sales hierarchy (an active MANAGER or ADMIN) */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Display name (1–50 characters) */
  name: Scalars['String']['input'];
  /** Initial password (≥ 8 characters with a letter, a digit and a special character) */
  password: Scalars['String']['input'];
  /** Mobile or landline number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role */
  role: Role;
};

/** A new webhook endpoint */
export type CreateWebhookEndpointInput = {
  /** What the endpoint is for */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events to send (at least one) */
  events: Array<WebhookEventType>;
  /** https URL of a public address (plain http and private addresses only for hosts the installation allows in KEHU_OUTBOUND_ALLOW_HOSTS) */
  url: Scalars['String']['input'];
};

/** A new API key with its secret. The secret is shown only here: store it now. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key */
  apiKey: ApiKey;
  /** The secret to send as `Authorization: Bearer <secret>`; Kehu keeps only its hash */
  secret: Scalars['String']['output'];
};

/** A new webhook endpoint with its signing secret, shown only here */
export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  /** The endpoint */
  endpoint: WebhookEndpoint;
  /** The secret that signs deliveries (Kehu-Signature); store it now */
  secret: Scalars['String']['output'];
};

/** 信用评级 from the longest overdue days of unpaid payment plans */
export type CreditRating =
  /** A: nothing overdue */
  | 'A'
  /** B: overdue up to 30 days */
  | 'B'
  /** C: overdue more than 30 days */
  | 'C';

/** 自定义字段: a customer field defined by an admin; values live in Customer.customFields[key] */
export type CustomField = Node & {
  __typename?: 'CustomField';
  /** When the field was defined */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Stable key in Customer.customFields (lower-case letters, digits, underscores) */
  key: Scalars['String']['output'];
  /** Kind of value */
  kind: CustomFieldKind;
  /** Label shown in forms, e.g. 年采购预算 */
  label: Scalars['String']['output'];
  /** Allowed values of SELECT and MULTI_SELECT fields */
  options: Array<Scalars['String']['output']>;
  /** Order in forms (ascending) */
  position: Scalars['Int']['output'];
  /** Whether every customer must have a value */
  required: Scalars['Boolean']['output'];
  /** When the definition last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updateCustomField */
  version: Scalars['Int']['output'];
};

/** 一个自定义字段条件: give exactly one of equals, in, contains, or from/to, as the field’s kind allows. Values are strings: numbers as "12.5", dates as YYYY-MM-DD */
export type CustomFieldCondition = {
  /** TEXT only: contains this text (case-insensitive) */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** TEXT: exactly this text; NUMBER: this number; DATE: this day; SELECT: this option; MULTI_SELECT: has this option */
  equals?: InputMaybe<Scalars['String']['input']>;
  /** NUMBER and DATE: at least this (inclusive) */
  from?: InputMaybe<Scalars['String']['input']>;
  /** SELECT: any of these options; MULTI_SELECT: has any of these options (at most 50) */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The custom field’s key (CustomField.key) */
  key: Scalars['String']['input'];
  /** NUMBER and DATE: at most this (inclusive) */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Definition of a custom customer field */
export type CustomFieldInput = {
  /** Stable key: lower-case letters, digits and underscores, starting with a letter (cannot change later) */
  key: Scalars['String']['input'];
  /** Kind of value */
  kind: CustomFieldKind;
  /** Label shown in forms */
  label: Scalars['String']['input'];
  /** Options of SELECT / MULTI_SELECT fields */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Order in forms */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Every customer must have a value (default false) */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What values a custom field takes */
export type CustomFieldKind =
  /** 日期: YYYY-MM-DD */
  | 'DATE'
  /** 多选: a list of distinct options */
  | 'MULTI_SELECT'
  /** 数字: a finite number */
  | 'NUMBER'
  /** 单选: one of the options */
  | 'SELECT'
  /** 文本: a string up to 500 characters */
  | 'TEXT';

/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type Customer = Node & {
  __typename?: 'Customer';
  /** 活跃度 now: 活跃 / 沉睡 / 流失 from the last contact and the grade's thresholds */
  activity: CustomerActivity;
  /** 活跃度 with its reason (the 360 header tag) */
  activityInfo: CustomerActivityInfo;
  /** Street address */
  address?: Maybe<Scalars['String']['output']>;
  /** When the current owner got the customer */
  assignedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 附件: the files attached to this Customer, newest first */
  attachments: Array<Attachment>;
  /** 变更日志: every change to the customer and its contacts, newest first */
  changeLog: ChangeLogConnection;
  /** 城市, e.g. 深圳市 */
  city?: Maybe<Scalars['String']['output']>;
  /** 联系人: all contacts, the primary one first */
  contacts: Array<Contact>;
  /** 合同, newest first */
  contracts: Array<Contract>;
  /** When the customer was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created the customer */
  createdBy?: Maybe<User>;
  /** 信用评级 A / B / C from the longest overdue days (none / ≤ 30 / > 30) */
  creditRating: CreditRating;
  /** Values of the admin-defined custom fields, keyed by field key */
  customFields: Scalars['JSONObject']['output'];
  /** When the customer was moved to the recycle bin (null = not deleted) */
  deletedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Company email */
  email?: Maybe<Scalars['String']['output']>;
  /** 首次接触日期 */
  firstContactDate?: Maybe<Scalars['LocalDate']['output']>;
  /** 跟进记录, newest first */
  followUps: FollowUpConnection;
  /** 客户等级 */
  grade: CustomerGrade;
  /** 客户等级 with its reason: 12-month amount, tenure and credit by the rule in force, or pinned by hand */
  gradeInfo: CustomerGradeInfo;
  /** True when the grade was set by hand and automatic grading leaves it alone */
  gradePinned: Scalars['Boolean']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** True while the customer is in the public pool (公海) */
  inPool: Scalars['Boolean']['output'];
  /** 所属行业, e.g. 制造业, 零售业, 服务业, IT/互联网 */
  industry?: Maybe<Scalars['String']['output']>;
  /** 发票, newest first */
  invoices: Array<Invoice>;
  /** Latest contact of any kind: follow-up, recorded visit, signed contract or receipt (kept by the database); activity is read from it */
  lastContactAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Time of the latest follow-up */
  lastFollowUpAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 生命周期 now: 获取期 / 提升期 / 成熟期 / 衰退期 / 离开期 from activity, tenure and the 12-month purchase trend */
  lifecycle: CustomerLifecycle;
  /** 生命周期 with its reason (the 360 header tag) */
  lifecycleInfo: CustomerLifecycleInfo;
  /** Full legal name, e.g. 北京华信科技有限公司; unique after normalisation */
  name: Scalars['String']['output'];
  /** The next planned follow-up (earliest upcoming plan) */
  nextFollowUpAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 客户编号: assigned by the system on creation from the pattern in the deal settings, e.g. KH-2026-000123; unique and never reused */
  number: Scalars['String']['output'];
  /** 商机, newest first */
  opportunities: Array<Opportunity>;
  /** 负责人: the salesperson holding the customer; null while in the pool */
  owner?: Maybe<User>;
  /** 收款计划 of all its contracts, by due date */
  paymentPlans: Array<PaymentPlan>;
  /** 首要联系人 */
  primaryContact?: Maybe<Contact>;
  /** 省份, e.g. 广东省 */
  province?: Maybe<Scalars['String']['output']>;
  /** 回款, newest first */
  receipts: Array<Receipt>;
  /** 应收 over its signed contracts, exact to the fen */
  receivable: Receivable;
  /** 备注 */
  remark?: Maybe<Scalars['String']['output']>;
  /** Colleagues the customer is shared with (expired shares left out) */
  shares: Array<CustomerShare>;
  /** 客户来源, e.g. 网站咨询, 电话咨询, 展会, 转介绍 */
  source?: Maybe<Scalars['String']['output']>;
  /** ACTIVE or DEACTIVATED */
  status: CustomerStatus;
  /** 标签 */
  tags: Array<Tag>;
  /** 任务 about this customer, open ones first */
  tasks: Array<Task>;
  /** 客户类型 */
  type: CustomerType;
  /** When the customer was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it with updateCustomer; a stale one is a CONFLICT */
  version: Scalars['Int']['output'];
  /** 满意度统计 of this customer's recorded visits */
  visitSatisfaction: SatisfactionStats;
  /** 回访记录: planned and recorded visits, latest planned first */
  visits: Array<Visit>;
  /** Company website */
  website?: Maybe<Scalars['String']['output']>;
};


/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type CustomerChangeLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type CustomerContractsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type CustomerFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type CustomerInvoicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type CustomerOpportunitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type CustomerPaymentPlansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 客户: a company (or person) the sales team works with. Relations are fields resolved on demand. */
export type CustomerReceiptsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 客户活跃度, from the last follow-up, visit, order or receipt against the per-grade thresholds (activitySettings) */
export type CustomerActivity =
  /** 活跃: contact within the dormant threshold */
  | 'ACTIVE'
  /** 流失: no contact for the churned threshold or more */
  | 'CHURNED'
  /** 沉睡: no contact for the dormant threshold or more */
  | 'DORMANT';

/** 活跃度 with its reason: what the last contacts were and which thresholds apply */
export type CustomerActivityInfo = {
  __typename?: 'CustomerActivityInfo';
  /** 活跃 / 沉睡 / 流失 */
  activity: CustomerActivity;
  /** This grade turns 流失 after this many idle days */
  churnedDays: Scalars['Int']['output'];
  /** Whole days since the last follow-up or recorded visit; null when there was none */
  daysSinceInteraction?: Maybe<Scalars['Int']['output']>;
  /** This grade turns 沉睡 after this many idle days */
  dormantDays: Scalars['Int']['output'];
  /** Whole days since the last contact of any kind (or since creation when there was none) */
  idleDays: Scalars['Int']['output'];
  /** Latest follow-up */
  lastFollowUpAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Latest signed contract (下单) date */
  lastOrderDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Latest receipt (回款) date */
  lastReceiptDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Latest recorded visit */
  lastVisitAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why, in Chinese, e.g. "45 天无跟进, 上次下单 2026-08-03" */
  reason: Scalars['String']['output'];
  /** Why, in English */
  reasonEn: Scalars['String']['output'];
};

/** A page of customers */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The items of this page with their cursors */
  edges: Array<CustomerEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Customer */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Customer */
  node: Customer;
};

/** Filters of the customer list; all given filters must match */
export type CustomerFilter = {
  /** 活跃度: any of these (活跃 / 沉睡 / 流失 at the time of the request) */
  activities?: InputMaybe<Array<CustomerActivity>>;
  /** City */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Created at or after */
  createdFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Created before */
  createdTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Custom field conditions, all of which must hold (at most 10) */
  customFields?: InputMaybe<Array<CustomFieldCondition>>;
  /** Follow-up situation */
  followUp?: InputMaybe<FollowUpState>;
  /** Any of these grades */
  grades?: InputMaybe<Array<CustomerGrade>>;
  /** Any of these industries */
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 生命周期: any of these stages (at the time of the request) */
  lifecycles?: InputMaybe<Array<CustomerLifecycle>>;
  /** Not followed up for at least this many days (never followed counts from creation) */
  notFollowedForDays?: InputMaybe<Scalars['Int']['input']>;
  /** Owned by any of these users */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whose customers (default ALL) */
  ownership?: InputMaybe<Ownership>;
  /** Province */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Search box: customer name, contact name, phone or email by substring (Chinese included) and name by pinyin initials (bjkj) */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these sources */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ACTIVE or DEACTIVATED (default: both) */
  status?: InputMaybe<CustomerStatus>;
  /** ANY (default) or ALL of the tags */
  tagMatch?: InputMaybe<TagMatch>;
  /** Tag names */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these types */
  types?: InputMaybe<Array<CustomerType>>;
};

/** 客户等级 by yearly signed amount; decides the follow-up cadence */
export type CustomerGrade =
  /** 重要: 100,000–500,000; twice a month */
  | 'IMPORTANT'
  /** 普通: 10,000–100,000; monthly */
  | 'NORMAL'
  /** 潜在: < 10,000; quarterly */
  | 'POTENTIAL'
  /** VIP: > 500,000 a year; follow up weekly */
  | 'VIP';

/** 客户等级 with its reason: the facts the grading rule read, what it gives, and whether the grade is pinned */
export type CustomerGradeInfo = {
  __typename?: 'CustomerGradeInfo';
  /** Signed amount of the last 12 months */
  amount12m: Scalars['Money']['output'];
  /** Credit rating now */
  creditRating: CreditRating;
  /** First signed order */
  firstOrderDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The grade in force */
  grade: CustomerGrade;
  /** Set by hand: automatic grading leaves it alone */
  pinned: Scalars['Boolean']['output'];
  /** Why, in Chinese */
  reason: Scalars['String']['output'];
  /** Why, in English */
  reasonEn: Scalars['String']['output'];
  /** What the rule in force gives (equal to grade unless pinned or not yet regraded) */
  ruleGrade: CustomerGrade;
};

/** 客户生命周期, by the rule (first match): 流失 -> 离开期; never ordered -> 获取期; 沉睡 -> 衰退期; 12-month amount down 20% or more on the year before (or no order for 24 months) -> 衰退期; first order under 90 days ago -> 获取期; up 20% or more -> 提升期; otherwise 成熟期 */
export type CustomerLifecycle =
  /** 获取期 (Acquisition) */
  | 'ACQUISITION'
  /** 衰退期 (Decline) */
  | 'DECLINE'
  /** 离开期 (Exit) */
  | 'EXIT'
  /** 提升期 (Growth) */
  | 'GROWTH'
  /** 成熟期 (Maturity) */
  | 'MATURITY';

/** 生命周期 with its reason: the facts the rule read and the stage they gave */
export type CustomerLifecycleInfo = {
  __typename?: 'CustomerLifecycleInfo';
  /** The activity the rule read */
  activity: CustomerActivity;
  /** Signed amount of the last 12 months */
  amount12m: Scalars['Money']['output'];
  /** Signed amount of the 12 months before those */
  amountPrev12m: Scalars['Money']['output'];
  /** First signed order (business date); null when never ordered */
  firstOrderDate?: Maybe<Scalars['LocalDate']['output']>;
  /** 获取期 / 提升期 / 成熟期 / 衰退期 / 离开期 */
  lifecycle: CustomerLifecycle;
  /** Why, in Chinese, e.g. "近 12 个月下单 ¥20,000.00, 上一年 ¥100,000.00 (下降 80%)" */
  reason: Scalars['String']['output'];
  /** Why, in English */
  reasonEn: Scalars['String']['output'];
  /** Whole days since the first order (tenure); null when never ordered */
  tenureDays?: Maybe<Scalars['Int']['output']>;
  /** The 12-month purchase trend */
  trend: PurchaseTrend;
};

/** Sort order of the customer list */
export type CustomerOrder = {
  /** ASC or DESC (default DESC) */
  direction?: InputMaybe<SortDirection>;
  /** Sort key */
  field: CustomerOrderField;
};

/** Sort keys of the customer list */
export type CustomerOrderField =
  /** by creation time */
  | 'CREATED_AT'
  /** by grade, VIP first ascending */
  | 'GRADE'
  /** by latest follow-up (never followed sort first ascending) */
  | 'LAST_FOLLOW_UP_AT'
  /** by name */
  | 'NAME'
  /** by next planned follow-up (unplanned sort last ascending) */
  | 'NEXT_FOLLOW_UP_AT';

/** 客户统计: customers by type, grade, source, industry, region and owner; new customers; neglected customers */
export type CustomerReport = {
  __typename?: 'CustomerReport';
  /** By 客户等级 (key: CustomerGrade) */
  byGrade: Array<ReportBucket>;
  /** By 所属行业 */
  byIndustry: Array<ReportBucket>;
  /** By owner (key: user id; null = the public pool) */
  byOwner: Array<ReportBucket>;
  /** By region (省份) */
  byRegion: Array<ReportBucket>;
  /** By 客户来源 */
  bySource: Array<ReportBucket>;
  /** By 客户类型 (key: CustomerType) */
  byType: Array<ReportBucket>;
  /** New customers per period (whole periods touching the range) */
  newByPeriod: Array<PeriodCount>;
  /** 新增客户: customers created in the range, with the previous range */
  newCustomers: CountChange;
  /** Owned customers not followed up for `notFollowedDays` days (never followed: counted from creation), as of now */
  notFollowed: Scalars['Int']['output'];
  /** The threshold used for notFollowed */
  notFollowedDays: Scalars['Int']['output'];
  /** The range used */
  range: ReportRangeInfo;
  /** Customers in scope that existed at the end of the range (the distributions count these) */
  total: Scalars['Int']['output'];
};

/** 共享: a colleague who may see (or edit) a customer they do not own */
export type CustomerShare = {
  __typename?: 'CustomerShare';
  /** True: may edit the customer and add contacts and follow-ups; false: read only */
  canEdit: Scalars['Boolean']['output'];
  /** When it was shared */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Customer id */
  customerId: Scalars['ID']['output'];
  /** The share ends then (null: until revoked) */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who shared it */
  sharedBy?: Maybe<User>;
  /** Who it is shared with */
  user: User;
};

/** Whether the customer is in active use */
export type CustomerStatus =
  /** 正常: in use */
  | 'ACTIVE'
  /** 停用: kept for its history (customers with contracts are deactivated, not deleted) */
  | 'DEACTIVATED';

/** 客户类型: where the customer is in its lifecycle */
export type CustomerType =
  /** 分配: assigned to a salesperson who works it */
  | 'ASSIGNED'
  /** 流失: lost */
  | 'LOST'
  /** 意向: interested, not yet worked by a salesperson */
  | 'PROSPECT'
  /** 成交: has a signed contract (set by the system when a contract is signed) */
  | 'WON';

/** The result of deactivating a user */
export type DeactivateUserPayload = {
  __typename?: 'DeactivateUserPayload';
  /** Customers handed to the receiver */
  customersMoved: Scalars['Int']['output'];
  /** The deactivated user */
  user: User;
};

/** Admin settings of deals: the contract and customer number patterns and the grading thresholds */
export type DealSettings = {
  __typename?: 'DealSettings';
  /** 合同编号规则, e.g. HT-{YYYY}-{SEQ4}; tokens {YYYY} {YY} {MM} {DD} and one {SEQn} (n digits, restarting per rendered prefix) */
  contractNumberPattern: Scalars['String']['output'];
  /** 客户编号规则, e.g. KH-{YYYY}-{SEQ6}; same tokens as the contract pattern. Applies to customers created from now on; numbers already given stay */
  customerNumberPattern: Scalars['String']['output'];
  /** IMPORTANT: at least this (up to the VIP threshold) */
  gradeImportant: Scalars['Money']['output'];
  /** NORMAL: at least this; below it POTENTIAL */
  gradeNormal: Scalars['Money']['output'];
  /** VIP: signed amount in the last 12 months above this */
  gradeVip: Scalars['Money']['output'];
  /** When last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updateDealSettings */
  version: Scalars['Int']['output'];
};

/** Changes to the deal settings; omitted fields stay */
export type DealSettingsInput = {
  /** 合同编号规则, needs exactly one {SEQn} */
  contractNumberPattern?: InputMaybe<Scalars['String']['input']>;
  /** 客户编号规则, needs exactly one {SEQn} */
  customerNumberPattern?: InputMaybe<Scalars['String']['input']>;
  /** IMPORTANT threshold (> normal) */
  gradeImportant?: InputMaybe<Scalars['Money']['input']>;
  /** NORMAL threshold (> 0) */
  gradeNormal?: InputMaybe<Scalars['Money']['input']>;
  /** VIP threshold (> important) */
  gradeVip?: InputMaybe<Scalars['Money']['input']>;
};

/** The result of deleting a tag */
export type DeleteTagPayload = {
  __typename?: 'DeleteTagPayload';
  /** Customers that carried it (each has a TAG_REMOVE line in its change log) */
  customersUntagged: Scalars['Int']['output'];
  /** Id of the deleted tag */
  id: Scalars['ID']['output'];
  /** Its name */
  name: Scalars['String']['output'];
};

/** An outside channel for notifications (in-app is always on) */
export type DeliveryChannel =
  /** 钉钉群机器人 (DingTalk robot webhook, signed) */
  | 'DINGTALK'
  /** 邮件 (SMTP) */
  | 'EMAIL'
  /** 企业微信群机器人 (WeCom group robot webhook) */
  | 'WECOM';

/** State of one delivery of a notification through an outside channel */
export type DeliveryStatus =
  /** 发送失败: the last attempt failed; retried with backoff until attempts run out (nextAttemptAt null) */
  | 'FAILED'
  /** 待发送: not yet attempted */
  | 'PENDING'
  /** 已发送 */
  | 'SENT';

/** The average score on one dimension over some recorded visits */
export type DimensionAverage = {
  __typename?: 'DimensionAverage';
  /** Average 1–5, two decimals; null without scores */
  average?: Maybe<Scalars['Float']['output']>;
  /** Scores averaged */
  count: Scalars['Int']['output'];
  /** The dimension */
  dimension: SatisfactionDimension;
};

/** 钉钉群机器人 (DingTalk robot with 加签 signing) */
export type DingTalkChannel = {
  __typename?: 'DingTalkChannel';
  /** Whether notifications may be posted */
  enabled: Scalars['Boolean']['output'];
  /** True when a signing secret (SEC…) is stored (it is never returned) */
  secretSet: Scalars['Boolean']['output'];
  /** Robot webhook URL (https://oapi.dingtalk.com/robot/send?access_token=…) */
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

/** DingTalk robot settings; omitted fields stay */
export type DingTalkChannelInput = {
  /** Switch the channel on or off */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Signing secret (SEC…); empty string clears */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Robot webhook URL: https to a public address (plain http and private addresses only for hosts allowed by KEHU_OUTBOUND_ALLOW_HOSTS) */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** An existing customer that looks like the one being entered, and why */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** Id of the existing customer (details only if you may see it) */
  customerId: Scalars['ID']['output'];
  /** True for an exact duplicate (same normalised name or same phone): creating would be refused */
  exact: Scalars['Boolean']['output'];
  /** Its name */
  name: Scalars['String']['output'];
  /** Who holds it (null: in the public pool): the name only */
  owner?: Maybe<DuplicateCandidateOwner>;
  /** Why it matched: SAME_NAME, SIMILAR_NAME, SAME_PHONE */
  reasons: Array<Scalars['String']['output']>;
  /** Whether you may open it */
  visible: Scalars['Boolean']['output'];
};

/** Who holds a duplicate candidate: the name only, enough to ask the colleague. The candidate may be a customer you may not see, so its holder's email, phone and manager are not part of the answer. */
export type DuplicateCandidateOwner = {
  __typename?: 'DuplicateCandidateOwner';
  /** User id */
  id: Scalars['ID']['output'];
  /** Display name, e.g. 王磊 */
  name: Scalars['String']['output'];
};

/** 邮件通道 (SMTP) */
export type EmailChannel = {
  __typename?: 'EmailChannel';
  /** Whether notifications may be mailed */
  enabled: Scalars['Boolean']['output'];
  /** Sender, e.g. "客户 Kehu <crm@example.com>" */
  from?: Maybe<Scalars['String']['output']>;
  /** SMTP server host */
  host?: Maybe<Scalars['String']['output']>;
  /** True when a password is stored (it is never returned) */
  passwordSet: Scalars['Boolean']['output'];
  /** SMTP port (465 = TLS, 587/25 = STARTTLS when offered) */
  port?: Maybe<Scalars['Int']['output']>;
  /** TLS from the start (port 465) */
  secure: Scalars['Boolean']['output'];
  /** SMTP user name */
  username?: Maybe<Scalars['String']['output']>;
};

/** SMTP settings; omitted fields stay */
export type EmailChannelInput = {
  /** Switch the channel on or off */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sender address */
  from?: InputMaybe<Scalars['String']['input']>;
  /** SMTP host: a public address (private ones only when allowed by KEHU_OUTBOUND_ALLOW_HOSTS) */
  host?: InputMaybe<Scalars['String']['input']>;
  /** SMTP password (empty string clears) */
  password?: InputMaybe<Scalars['String']['input']>;
  /** SMTP port (1–65535) */
  port?: InputMaybe<Scalars['Int']['input']>;
  /** TLS from the start */
  secure?: InputMaybe<Scalars['Boolean']['input']>;
  /** SMTP user name (empty string clears) */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** A page of the export audit log, newest first */
export type ExportAuditConnection = {
  __typename?: 'ExportAuditConnection';
  /** The items of this page with their cursors */
  edges: Array<ExportAuditEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of ExportAudit */
export type ExportAuditEdge = {
  __typename?: 'ExportAuditEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The ExportAudit */
  node: ExportAuditEntry;
};

/** One export in the audit log (导出记录): who exported what, with which filter, how many rows */
export type ExportAuditEntry = {
  __typename?: 'ExportAuditEntry';
  /** When the export was requested */
  at: Scalars['DateTimeISO']['output'];
  /** True once the file was downloaded completely */
  completed: Scalars['Boolean']['output'];
  /** The filter and options as given to createExport */
  filter: Scalars['JSONObject']['output'];
  /** File format */
  format: ExportFormat;
  /** Audit entry id */
  id: Scalars['ID']['output'];
  /** What was exported: CUSTOMERS, CONTRACTS, OPPORTUNITIES, RECEIPTS, or REPORT:<ReportKind> */
  kind: Scalars['String']['output'];
  /** Rows in the file: counted when the export was prepared, replaced by the rows written when it was downloaded */
  rowCount: Scalars['Int']['output'];
  /** Who exported */
  user?: Maybe<User>;
};

/** Filters of the export audit list */
export type ExportAuditFilter = {
  /** Only exports by this user */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** File format of an export */
export type ExportFormat =
  /** PDF document with the report's figures in tables (reports only) */
  | 'PDF'
  /** Excel workbook (.xlsx); lists stream row by row, so any size works */
  | 'XLSX';

/** What an export contains */
export type ExportKind =
  /** 合同列表: the contract list with `contractFilter` applied, with received and outstanding amounts (XLSX) */
  | 'CONTRACTS'
  /** 客户列表: the customer list with `customerFilter` applied, within your data scope (XLSX) */
  | 'CUSTOMERS'
  /** 商机列表: the opportunity list with `opportunityFilter` applied (XLSX) */
  | 'OPPORTUNITIES'
  /** 回款列表: the receipt list with `receiptFilter` applied (XLSX) */
  | 'RECEIPTS'
  /** 报表: the report named by `report` with `reportFilter` (XLSX or PDF) */
  | 'REPORT';

/** A prepared export: download it from `url` before `expiresAt` */
export type ExportLink = {
  __typename?: 'ExportLink';
  /** When the link stops working */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** File name the download will carry */
  fileName: Scalars['String']['output'];
  /** Id of the export's audit entry */
  id: Scalars['ID']['output'];
  /** Short-lived signed download link, relative to the API origin (the host serving /graphql): GET it to receive the file (Content-Disposition: attachment). No Authorization header is needed; the link itself is the credential. */
  url: Scalars['String']['output'];
};

/** One field's change: its value before and after */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Value after, as {"value": …} (null when the record was deleted) */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** Value before, as {"value": …} (null when the record was created) */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The field, e.g. name, ownerId, contact.mobile */
  field: Scalars['String']['output'];
};

/** 跟进记录: one conversation with a customer, and what comes next. Kept forever. */
export type FollowUp = Node & {
  __typename?: 'FollowUp';
  /** 跟进时间, to the minute */
  at: Scalars['DateTimeISO']['output'];
  /** 附件: the files attached to this FollowUp, newest first */
  attachments: Array<Attachment>;
  /** 记录人: who wrote the record */
  author: User;
  /** The contact spoken to */
  contact?: Maybe<Contact>;
  /** 跟进内容 */
  content: Scalars['String']['output'];
  /** When the record was written */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer */
  customer: Customer;
  /** 客户反馈 */
  feedback?: Maybe<Scalars['String']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 跟进方式 */
  method: FollowUpMethod;
  /** 下次跟进时间 */
  nextAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 下次跟进计划 */
  nextPlan?: Maybe<Scalars['String']['output']>;
  /** Id of the opportunity the conversation was about, if any */
  opportunityId?: Maybe<Scalars['String']['output']>;
  /** Remind the author before the next follow-up time */
  remind: Scalars['Boolean']['output'];
  /** 主题 */
  subject?: Maybe<Scalars['String']['output']>;
  /** When the record was last edited */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updateFollowUp */
  version: Scalars['Int']['output'];
};

/** A page of follow-up records, newest first */
export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  /** The items of this page with their cursors */
  edges: Array<FollowUpEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of FollowUp */
export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The FollowUp */
  node: FollowUp;
};

/** A follow-up record */
export type FollowUpInput = {
  /** 跟进时间 (default: now); not in the future */
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The contact spoken to (a contact of this customer) */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** 跟进内容 (required, ≤ 5000 characters) */
  content: Scalars['String']['input'];
  /** 客户反馈 */
  feedback?: InputMaybe<Scalars['String']['input']>;
  /** 跟进方式 */
  method: FollowUpMethod;
  /** 下次跟进时间: after the follow-up time */
  nextAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 下次跟进计划 */
  nextPlan?: InputMaybe<Scalars['String']['input']>;
  /** The opportunity discussed (of this customer) */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** Remind me before the next follow-up (default true) */
  remind?: InputMaybe<Scalars['Boolean']['input']>;
  /** 主题 (≤ 100 characters) */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** 跟进方式: how the salesperson reached the customer */
export type FollowUpMethod =
  /** 邮件 */
  | 'EMAIL'
  /** 其他 */
  | 'OTHER'
  /** 电话 */
  | 'PHONE'
  /** 上门拜访 */
  | 'VISIT'
  /** 微信 */
  | 'WECHAT';

/** Follow-up situation of a customer */
export type FollowUpState =
  /** 今日待跟进: next follow-up is today (business time zone) */
  | 'DUE_TODAY'
  /** 从未跟进: no follow-up yet */
  | 'NEVER'
  /** 跟进逾期: next follow-up time has passed */
  | 'OVERDUE'
  /** 已计划: a next follow-up is planned in the future */
  | 'PLANNED';

/** Whether the forecast covers the gap between won and the target */
export type ForecastCoverage =
  /** 仅乐观可覆盖: only if every open deal is won */
  | 'BEST_CASE'
  /** 承诺可覆盖: the commit deals alone cover the gap */
  | 'COMMIT'
  /** 已达成: won ≥ target */
  | 'MET'
  /** 未设目标 */
  | 'NO_TARGET'
  /** 不足: even the best case leaves a gap */
  | 'SHORT'
  /** 加权可覆盖: the weighted pipeline covers the gap */
  | 'WEIGHTED';

/** Which periods and whose deals the forecast covers. The caller’s data scope always applies: a salesperson counts their own deals, a manager their team’s at any depth, an admin everyone’s (only customers the caller may read). */
export type ForecastFilter = {
  /** A day of the first period (default: today in the business time zone); snapped to the start of its period */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only deals owned by these users */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Length of the periods (default MONTH) */
  period?: InputMaybe<SalesPeriod>;
  /** How many periods from the first, 1–12 (default 1) */
  periods?: InputMaybe<Scalars['Int']['input']>;
  /** Only deals owned by this user or anyone below them (a team) */
  teamOf?: InputMaybe<Scalars['ID']['input']>;
};

/** The forecast of one calendar period */
export type ForecastPeriod = {
  __typename?: 'ForecastPeriod';
  /** Last day, included */
  end: Scalars['LocalDate']['output'];
  /** 2026-03, 2026-Q1 or 2026 */
  label: Scalars['String']['output'];
  /** The caller’s own row: a salesperson’s person row, a manager’s team row, the total for admins (the home page card) */
  mine: ForecastRow;
  /** One row per salesperson or manager the caller may see, by won amount */
  people: Array<ForecastRow>;
  /** First day */
  start: Scalars['LocalDate']['output'];
  /** One row per team (a manager the caller may see and everyone below them) */
  teams: Array<ForecastRow>;
  /** Everything counted; without an owner or team filter it carries the caller’s own target (the company’s for admins, their team’s for a manager, their own for a salesperson) */
  total: ForecastRow;
};

/** One row of the forecast for one period: what is won, the open pipeline expected to close in it, and the target. Won = opportunities that reached 赢单 in the period (by close time, business calendar); the open figures are open opportunities whose 预计成交日期 lies in the period. */
export type ForecastRow = {
  __typename?: 'ForecastRow';
  /** 乐观 (best case): amount of every open opportunity */
  bestCase: Scalars['Money']['output'];
  /** 承诺 (commit): amount of the open opportunities in stages of 60 % and above */
  commit: Scalars['Money']['output'];
  /** 完成率: won / target in percent, two decimals (null without a positive target) */
  completionPercent?: Maybe<Scalars['Float']['output']>;
  /** Whether commit, weighted or best case covers the gap */
  coverage: ForecastCoverage;
  /** 差额: target − won, at least 0 (null without a target) */
  gap?: Maybe<Scalars['Money']['output']>;
  /** Person, team or total */
  kind: ForecastRowKind;
  /** Name of the person or leader; null for the total */
  name?: Maybe<Scalars['String']['output']>;
  /** How many open opportunities */
  openCount: Scalars['Int']['output'];
  /** 目标: the target set for this period (null: none) */
  target?: Maybe<Scalars['Money']['output']>;
  /** The person, or the team’s leader; null for the total */
  userId?: Maybe<Scalars['ID']['output']>;
  /** 加权预测: Σ amount × win rate of the open opportunities, rounded to the fen */
  weighted: Scalars['Money']['output'];
  /** 已赢单: amount of the opportunities won in the period */
  won: Scalars['Money']['output'];
  /** How many were won */
  wonCount: Scalars['Int']['output'];
};

/** What a forecast row sums */
export type ForecastRowKind =
  /** One person’s deals */
  | 'PERSON'
  /** A team’s deals (the leader and everyone below them) */
  | 'TEAM'
  /** Every deal the caller’s scope and filter count (the company for admins) */
  | 'TOTAL';

/** One stage of the opportunity funnel */
export type FunnelStage = {
  __typename?: 'FunnelStage';
  /** Sum of their amounts */
  amount: Scalars['Money']['output'];
  /** Opportunities in this stage */
  count: Scalars['Int']['output'];
  /** Stage name in Chinese */
  label: Scalars['String']['output'];
  /** OpportunityStage value */
  stage: Scalars['String']['output'];
  /** Sum of amount × win rate (加权金额), rounded to the fen */
  weightedAmount: Scalars['Money']['output'];
};

/** The grading factors (admins) */
export type GradeFactorsInput = {
  /** A, B or C (C turns the credit step off) */
  minCredit: CreditRating;
  /** Months (0–600); 0 turns the tenure step off */
  tenureMonths: Scalars['Int']['input'];
};

/** 分级因素 beside the amount thresholds: after tenureMonths since the first order a customer moves up one grade; with a credit rating worse than minCredit it moves down one. A grade set by hand stays. */
export type GradeFactorsType = {
  __typename?: 'GradeFactorsType';
  /** The lowest credit rating that keeps the grade; worse moves down one. C = off */
  minCredit: CreditRating;
  /** Months since the first signed order to move up one grade; 0 = off */
  tenureMonths: Scalars['Int']['output'];
};

/** A problem with one cell (or the whole row) of an import file */
export type ImportCellError = {
  __typename?: 'ImportCellError';
  /** Column header as in the template, e.g. 客户名称; empty for the whole row */
  column: Scalars['String']['output'];
  /** Why, in Chinese, e.g. 手机: 手机号码应为 11 位 */
  message: Scalars['String']['output'];
};

/** What to do with a row that duplicates an existing record or an earlier row */
export type ImportChoice =
  /** 仍然导入: create it anyway, where duplicates are allowed */
  | 'IMPORT'
  /** 跳过: leave the existing record alone (default) */
  | 'SKIP'
  /** 更新已有: overwrite the existing record with the filled cells of the row */
  | 'UPDATE';

/** The choice for one duplicate row */
export type ImportChoiceInput = {
  /** SKIP, UPDATE or IMPORT (must be among the row’s allowedChoices) */
  choice: ImportChoice;
  /** Row number as in the preview */
  rowNumber: Scalars['Int']['input'];
};

/** What a row duplicates: an existing customer, or an earlier row of the same file */
export type ImportDuplicate = {
  __typename?: 'ImportDuplicate';
  /** Whether you may update the existing customer (it is in your edit scope) */
  canUpdate: Scalars['Boolean']['output'];
  /** The existing customer (source DATABASE), or the customer of a repeated follow-up */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** Name of the existing customer or of the earlier row */
  name: Scalars['String']['output'];
  /** Who holds the existing customer (null = 公海 or an earlier row) */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** SAME_NUMBER (the 客户编号 the row names), SAME_NAME (same normalised name), SAME_PHONE (a contact with the same phone) or SAME_FOLLOW_UP (same customer, time and content) */
  reason: Scalars['String']['output'];
  /** Row number of the earlier row (source FILE) */
  rowNumber?: Maybe<Scalars['Int']['output']>;
  /** DATABASE (an existing customer) or FILE (an earlier row of this file) */
  source: Scalars['String']['output'];
};

/** 导入任务: one uploaded file, its preview (rows with errors and duplicates), the run and its summary */
export type ImportJob = Node & {
  __typename?: 'ImportJob';
  /** When the file was uploaded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who uploaded it */
  createdBy?: Maybe<User>;
  /** Records created */
  createdCount: Scalars['Int']['output'];
  /** Valid rows that duplicate an existing record or an earlier row */
  duplicateRows: Scalars['Int']['output'];
  /** How the file was read: XLSX, UTF-8 or GBK (CSV) */
  encoding: Scalars['String']['output'];
  /** Rows with validation errors (never imported) */
  errorRows: Scalars['Int']['output'];
  /** Rows not imported: invalid, or refused while writing */
  failedCount: Scalars['Int']['output'];
  /** Name of the uploaded file */
  fileName: Scalars['String']['output'];
  /** When the last row was finished */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** What the file holds */
  kind: ImportKind;
  /** The unexpected error that stopped the run, if any */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Owner of the created customers (null = the uploader) */
  owner?: Maybe<User>;
  /** Rows the run has finished (done, skipped or failed), including rows refused at validation */
  processedRows: Scalars['Int']['output'];
  /** Progress in percent (processed rows / total rows), 100 when done */
  progress: Scalars['Int']['output'];
  /** When startImport queued it */
  queuedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** After revertImport: { reverted, notReverted: [{ rowNumber, customerId, name, reason }] } */
  revertReport?: Maybe<Scalars['JSONObject']['output']>;
  /** When it was reverted */
  revertedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Rows in file order, with errors, duplicates and outcome */
  rows: ImportRowConnection;
  /** Duplicate rows skipped */
  skippedCount: Scalars['Int']['output'];
  /** When the worker started */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the import is */
  status: ImportJobStatus;
  /** Data rows in the file */
  totalRows: Scalars['Int']['output'];
  /** Last change of the job record (progress) */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Existing records updated */
  updatedCount: Scalars['Int']['output'];
};


/** 导入任务: one uploaded file, its preview (rows with errors and duplicates), the run and its summary */
export type ImportJobRowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  problemsOnly?: Scalars['Boolean']['input'];
};

/** A page of imports, newest first */
export type ImportJobConnection = {
  __typename?: 'ImportJobConnection';
  /** The items of this page with their cursors */
  edges: Array<ImportJobEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of ImportJob */
export type ImportJobEdge = {
  __typename?: 'ImportJobEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The ImportJob */
  node: ImportJob;
};

/** Where an import is */
export type ImportJobStatus =
  /** 已完成: every row is done, skipped or failed */
  | 'DONE'
  /** 失败: stopped by an unexpected error (lastError); startImport resumes the remaining rows */
  | 'FAILED'
  /** 排队中: started, waiting for the background worker */
  | 'QUEUED'
  /** 已撤销: revertImport removed what it created and restored what it updated */
  | 'REVERTED'
  /** 导入中: the worker is writing batches (resumes by itself after a crash) */
  | 'RUNNING'
  /** 已校验: uploaded and checked; shows the preview and waits for startImport */
  | 'VALIDATED';

/** What an import file holds */
export type ImportKind =
  /** 联系人: more contacts of existing customers (found by customer name) */
  | 'CONTACTS'
  /** 客户（含首要联系人）: one customer with its first contact per row */
  | 'CUSTOMERS'
  /** 跟进记录: follow-up history of existing customers (found by customer name), authored by the importer */
  | 'FOLLOW_UPS';

/** One data row of an import file: its cleaned values, problems, duplicates and what became of it */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** CREATE or UPDATE once done */
  action?: Maybe<Scalars['String']['output']>;
  /** Choices allowed for this row (empty when it is not a duplicate) */
  allowedChoices: Array<ImportChoice>;
  /** What to do with the duplicate (null = not a duplicate, or not chosen: SKIP) */
  choice?: Maybe<ImportChoice>;
  /** The customer created or updated */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The cleaned values of the row (what will be written) */
  data: Scalars['JSONObject']['output'];
  /** Existing customers or earlier rows this row duplicates */
  duplicates: Array<ImportDuplicate>;
  /** Validation errors; a row with any is not imported */
  errors: Array<ImportCellError>;
  /** Why it failed or was skipped, in Chinese */
  message?: Maybe<Scalars['String']['output']>;
  /** Row number in the file (the header is row 1, so data starts at 2) */
  rowNumber: Scalars['Int']['output'];
  /** What became of the row */
  status: ImportRowStatus;
};

/** A page of import rows, in file order */
export type ImportRowConnection = {
  __typename?: 'ImportRowConnection';
  /** The items of this page with their cursors */
  edges: Array<ImportRowEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of ImportRow */
export type ImportRowEdge = {
  __typename?: 'ImportRowEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The ImportRow */
  node: ImportRow;
};

/** What became of one row of the file */
export type ImportRowStatus =
  /** 已导入: created or updated a record */
  | 'DONE'
  /** 失败: invalid, or refused while writing (message says why) */
  | 'FAILED'
  /** 待导入: not written yet */
  | 'PENDING'
  /** 已撤销: undone by revertImport */
  | 'REVERTED'
  /** 已跳过: a duplicate the user chose to skip */
  | 'SKIPPED';

/** An import template: an .xlsx file with the columns and drop-down lists of the current settings */
export type ImportTemplate = {
  __typename?: 'ImportTemplate';
  /** Column headers in order (a * marks a required column) */
  columns: Array<Scalars['String']['output']>;
  /** The file, base64-encoded */
  contentBase64: Scalars['String']['output'];
  /** MIME type of the file */
  contentType: Scalars['String']['output'];
  /** Suggested file name, e.g. 客户导入模板.xlsx */
  fileName: Scalars['String']['output'];
};

/** 发票: an invoice issued on a contract */
export type Invoice = Node & {
  __typename?: 'Invoice';
  /** 发票金额 (valid invoices of a contract never exceed its amount) */
  amount: Scalars['Money']['output'];
  /** The contract */
  contract: Contract;
  /** When recorded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Who issued it */
  issuedBy?: Maybe<User>;
  /** 开票日期 */
  issuedDate: Scalars['LocalDate']['output'];
  /** 发票号码, unique among valid invoices */
  number: Scalars['String']['output'];
  /** 备注 (and the reason when voided) */
  remark?: Maybe<Scalars['String']['output']>;
  /** 发票状态 */
  status: InvoiceStatus;
  /** 发票类型 */
  type: InvoiceType;
  /** When last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for voidInvoice */
  version: Scalars['Int']['output'];
};

/** A page of invoices */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The items of this page with their cursors */
  edges: Array<InvoiceEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Invoice */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Invoice */
  node: Invoice;
};

/** Filters of the invoice list */
export type InvoiceFilter = {
  /** Of this contract */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this customer */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after (due / received / issued date) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** In any of these statuses */
  statuses?: InputMaybe<Array<InvoiceStatus>>;
  /** Dated on or before */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Of any of these types */
  types?: InputMaybe<Array<InvoiceType>>;
};

/** An invoice issued on a signed contract */
export type InvoiceInput = {
  /** 发票金额 (> 0; valid invoices together ≤ the contract amount) */
  amount: Scalars['Money']['input'];
  /** 开票日期 (not in the future) */
  issuedDate: Scalars['LocalDate']['input'];
  /** 发票号码 (unique among valid invoices) */
  number: Scalars['String']['input'];
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 发票类型 */
  type: InvoiceType;
};

/** 发票状态 */
export type InvoiceStatus =
  /** 已开具 */
  | 'ISSUED'
  /** 已作废 (does not count; its number may be reused) */
  | 'VOIDED';

/** 发票类型 */
export type InvoiceType =
  /** 电子发票 */
  | 'E_INVOICE'
  /** 增值税普通发票 */
  | 'VAT_NORMAL'
  /** 增值税专用发票 */
  | 'VAT_SPECIAL';

/** A lost reason with how many opportunities were lost for it */
export type LostReason = {
  __typename?: 'LostReason';
  /** Their amount */
  amount: Scalars['Money']['output'];
  /** Opportunities lost for it in the range */
  count: Scalars['Int']['output'];
  /** The reason as entered (未填写 when empty) */
  reason: Scalars['String']['output'];
};

/** Result of marking notifications read */
export type MarkNotificationsReadResult = {
  __typename?: 'MarkNotificationsReadResult';
  /** Ids of the notifications that changed */
  ids: Array<Scalars['ID']['output']>;
  /** Unread notifications left */
  unreadCount: Scalars['Int']['output'];
  /** How many notifications changed from unread to read */
  updated: Scalars['Int']['output'];
};

/** Which customer's value of one field survives a merge */
export type MergeFieldChoice = {
  /** The field: name, type, grade, source, industry, province, city, address, email, website, firstContactDate, remark, ownerId, status, primaryContact (whose primary contact stays primary), customFields (all custom values) or customFields.<key> (one custom value) */
  field: Scalars['String']['input'];
  /** The customer (the master or one of the duplicates) whose value is kept */
  fromCustomerId: Scalars['ID']['input'];
};

/** The value a field has after the merge, and whose value it is */
export type MergeFieldValue = {
  __typename?: 'MergeFieldValue';
  /** The field, as in MergeFieldChoice.field */
  field: Scalars['String']['output'];
  /** The customer it comes from (null: no customer had a value) */
  fromCustomerId?: Maybe<Scalars['ID']['output']>;
  /** The value, as {"value": …} */
  value: Scalars['JSONObject']['output'];
};

/** What a merge did, or on a dry run would do */
export type MergeResult = {
  __typename?: 'MergeResult';
  /** True when nothing was changed (dry run) */
  dryRun: Scalars['Boolean']['output'];
  /** Every mergeable field with its resulting value and where it comes from */
  fields: Array<MergeFieldValue>;
  /** The master customer: after the merge; on a dry run, as it still is (see `fields` for the values it would get) */
  master: Customer;
  /** The duplicates deleted by the merge (or that a dry run would delete) */
  mergedCustomerIds: Array<Scalars['ID']['output']>;
  /** Per related table, the rows moved to the master */
  tables: Array<MergeTableCount>;
};

/** Rows of one related table that move (or moved) to the master */
export type MergeTableCount = {
  __typename?: 'MergeTableCount';
  /** The column pointing at the customer, usually customer_id */
  column: Scalars['String']['output'];
  /** Rows folded into an equal row of the master (same tag, same share, …) instead of moved */
  merged: Scalars['Int']['output'];
  /** Rows re-pointed from the duplicates to the master */
  moved: Scalars['Int']['output'];
  /** Table name, e.g. contacts, follow_ups, contracts */
  table: Scalars['String']['output'];
};

/** An amount with the same amount in the previous range (环比) */
export type MoneyChange = {
  __typename?: 'MoneyChange';
  /** Change in percent, 2 decimals; null when previous is 0 */
  changePercent?: Maybe<Scalars['Float']['output']>;
  /** In the range */
  current: Scalars['Money']['output'];
  /** In the previous range of equal length */
  previous: Scalars['Money']['output'];
};

/** Contract money in one period */
export type MoneyPeriod = {
  __typename?: 'MoneyPeriod';
  /** Last day of the period */
  end: Scalars['LocalDate']['output'];
  /** 应收未收 at the end of the period (or today for the current one): signed − received, per contract, never below 0; terminated contracts excluded */
  outstanding: Scalars['Money']['output'];
  /** 逾期 at the same moment: payment plans due before it not covered by receipts, per contract */
  overdue: Scalars['Money']['output'];
  /** Period label: 2026-03, 2026-Q1 or 2026 */
  period: Scalars['String']['output'];
  /** 回款金额 in the period (receipts by date received), with the previous period */
  received: MoneyChange;
  /** 签约金额 in the period (contracts by signing date), with the previous period */
  signed: MoneyChange;
  /** First day of the period */
  start: Scalars['LocalDate']['output'];
};

/** 合同与回款: signed, received, outstanding and overdue by period */
export type MoneyReport = {
  __typename?: 'MoneyReport';
  /** Outstanding at the end of the range (or today, if earlier) */
  outstanding: Scalars['Money']['output'];
  /** Overdue at the end of the range (or today, if earlier) */
  overdue: Scalars['Money']['output'];
  /** Per period (whole periods touching the range) */
  periods: Array<MoneyPeriod>;
  /** The range used */
  range: ReportRangeInfo;
  /** Received in the range, with the previous range */
  received: MoneyChange;
  /** Signed in the range, with the previous range */
  signed: MoneyChange;
};

/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 添加收款计划: refused when the plans would exceed the contract amount */
  addPaymentPlan: PaymentPlan;
  /** 打标签: add tags to a customer (new tags are created) */
  addTags: Customer;
  /** 推进商机: move to another stage (win rate resets to the stage's), recorded in stageHistory */
  advanceOpportunity: Opportunity;
  /** 审批通过: PENDING → APPROVED, by a manager above the owner or an admin, never your own */
  approveContract: Contract;
  /** 取消任务, with the reason */
  cancelTask: Task;
  /** Change your own password (≥ 8 characters with a letter, a digit and a special character). Signs out every other session and returns a new token. */
  changePassword: AuthPayload;
  /** Confirms (or un-confirms) item `index` (from 0) of a DRAFT contract's review checklist */
  checkContractReviewItem: Contract;
  /** 领取: take a pool customer. Exactly one of simultaneous claims wins; the others get CONFLICT. The cap and cool-down of the pool rules apply (FORBIDDEN). */
  claimCustomer: Customer;
  /** Leaves a review comment (审核意见) on a contract you may see */
  commentOnContract: ContractReviewComment;
  /** 完成: SIGNED → COMPLETED */
  completeContract: Contract;
  /** 完成任务, with a completion note */
  completeTask: Task;
  /** Create an API key (admins). The secret is in the answer and never again. */
  createApiKey: CreatedApiKey;
  /** Add a contact to a customer (the first one becomes primary) */
  createContact: Contact;
  /** 起草合同: a new DRAFT; the number is generated from the pattern unless given */
  createContract: Contract;
  /** Uploads a contract template (.docx with placeholders) with its review checklist (admins) */
  createContractTemplate: ContractTemplate;
  /** Define a custom customer field (admins) */
  createCustomField: CustomField;
  /** 新建客户 with its first contact; an exact duplicate is refused with DUPLICATE */
  createCustomer: Customer;
  /** Prepare an export of a filtered list or a report (needs the export permission: FORBIDDEN otherwise). Records it in the export audit and returns a signed link, valid for a few minutes, that streams the file. */
  createExport: ExportLink;
  /** 写跟进: record a follow-up; updates the customer's last and next follow-up times */
  createFollowUp: FollowUp;
  /** 新建商机 for a customer you may edit */
  createOpportunity: Opportunity;
  /** 新建商品 (admins); a duplicate code is a CONFLICT */
  createProduct: Product;
  /** 新建任务 */
  createTask: Task;
  /** 新建用户 (admins): the user must change the given password at first sign-in */
  createUser: User;
  /** Subscribe an endpoint to events (admins); the signing secret is in the answer only */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** 停用: deactivate a customer (kept with its history) */
  deactivateCustomer: Customer;
  /** 停用用户 / 离职 (admins): ends their sessions. Refused with CONFLICT while they own customers unless receiverId names who takes them (with open opportunities, live contracts and open tasks), in one transaction. */
  deactivateUser: DeactivateUserPayload;
  /** Deletes a file (needs edit rights on its customer); its bytes are removed from storage */
  deleteAttachment: Attachment;
  /** Delete a contact (not the last one of a customer) */
  deleteContact: Scalars['Boolean']['output'];
  /** Delete a DRAFT contract */
  deleteContract: Scalars['Boolean']['output'];
  /** Deletes a template (admins); documents generated from it stay on their contracts */
  deleteContractTemplate: Scalars['Boolean']['output'];
  /** Delete a custom field and its values on every customer (admins) */
  deleteCustomField: Scalars['Boolean']['output'];
  /** Move a customer to the recycle bin. Customers with contracts cannot be deleted: deactivate them. */
  deleteCustomer: Customer;
  /** Delete a follow-up (its author or an admin, as for editing); a stale `version` is a CONFLICT. The customer's last and next follow-up times are recomputed */
  deleteFollowUp: Scalars['Boolean']['output'];
  /** Delete an opportunity no contract refers to */
  deleteOpportunity: Scalars['Boolean']['output'];
  /** Delete a payment plan without receipts */
  deletePaymentPlan: Scalars['Boolean']['output'];
  /** Delete a receipt entered by mistake (kept in the change log) */
  deleteReceipt: Scalars['Boolean']['output'];
  /** 删除标签: remove a tag from every customer and from the list (permission tag.edit; every customer carrying it must be one you may edit) */
  deleteTag: DeleteTagPayload;
  /** Remove an endpoint and its delivery history (admins) */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** 生成合同: fills a template with the contract's data (customer, contact, number, dates, amount and 大写, lines, payment plan) and keeps the .docx and a PDF on the contract as its next version (category CONTRACT_DRAFT); needs edit rights on the customer */
  generateContractDocument: Array<Attachment>;
  /** 开票 on a signed contract: refused when the valid invoices would exceed the contract amount */
  issueInvoice: Invoice;
  /** Sign in with email and password. The only operation that needs no token. */
  login: AuthPayload;
  /** Mark own notifications read: the given ids, or all with `all: true` */
  markNotificationsRead: MarkNotificationsReadResult;
  /** 合并重复客户: moves every contact, follow-up, tag, custom value, share and every other related record (opportunities, contracts, receipts, visits, tasks…) of the duplicates to the master in one transaction, keeps the field values you choose, keeps exactly one primary contact, deletes the duplicates for good (their values stay in the master's change log) and logs the merge. You must be allowed to edit every customer involved. With dryRun nothing changes and the result says what would happen. */
  mergeCustomers: MergeResult;
  /** 计划回访: plan a return visit to a customer you may read */
  planVisit: Visit;
  /** Delete a customer in the recycle bin for good, with its contacts and follow-ups (admins) */
  purgeCustomer: Scalars['Boolean']['output'];
  /** 启用: reactivate a deactivated customer */
  reactivateCustomer: Customer;
  /** 转移客户: move all (or the chosen) customers of one user to another, with their open opportunities, live contracts and open tasks, in one transaction, logged as OWNER_CHANGE. Admins anyone; managers within their team. */
  reassignCustomers: ReassignPayload;
  /** 重新分级 (admins): apply the thresholds to every customer whose grade is not pinned; returns how many changed */
  recomputeGrades: Scalars['Int']['output'];
  /** 登记回款 on a signed contract: refused when larger than the outstanding amount (of the contract, and of the plan when given) */
  recordReceipt: Receipt;
  /** 登记回访: record how a planned visit went; a stale `version` is a CONFLICT */
  recordVisit: Visit;
  /** Send a delivery again now, as a new delivery with the same event id (admins) */
  redeliverWebhook: WebhookDelivery;
  /** 驳回: PENDING → DRAFT with a required comment, by a manager above the owner or an admin */
  rejectContract: Contract;
  /** 退回公海: give a customer up to the pool, with a reason (recorded in the change log) */
  releaseCustomer: Customer;
  /** Remove tags from a customer */
  removeTags: Customer;
  /** Bring a customer back from the recycle bin */
  restoreCustomer: Customer;
  /** Retry a FAILED delivery now (admin) */
  retryNotificationDelivery: NotificationDelivery;
  /** 撤销导入: removes the customers it created and restores those it updated, unless changed since (see revertReport) */
  revertImport: ImportJob;
  /** Revoke an API key (admins): it stops working at once */
  revokeApiKey: ApiKey;
  /** A new signing secret for an endpoint (admins), shown only in the answer. During the overlap both secrets sign (two v1= in Kehu-Signature). */
  rotateWebhookSecret: RotatedWebhookSecret;
  /** Run the pool reclaim now (admins; normally a scheduled job): returns what went back to the pool */
  runPoolReclaim: Array<PoolReclaimItem>;
  /** Run the reminder scans now instead of waiting for the schedule (admin); safe to repeat, nothing is sent twice */
  runReminderScans: Array<ReminderScanResult>;
  /** Grant (true) or revoke (false) the export permission of one user (admins) */
  setExportPermission: User;
  /** Set the language you read Kehu in (zh-CN or en): notifications in the inbox, the live toast, email and robots, and the API's errors follow it */
  setMyLocale: User;
  /** Make a contact the primary one; the previous primary is demoted in the same transaction */
  setPrimaryContact: Contact;
  /** 设定销售目标: admins any (the company’s too), managers their team’s and its members’; setting again replaces the amount, a null amount removes the target (returns null) */
  setSalesTarget?: Maybe<SalesTarget>;
  /** 共享客户: let colleagues see (canEdit: also edit) a customer you control, optionally until expiresAt. Returns all its shares. */
  shareCustomer: Array<CustomerShare>;
  /** 签订: APPROVED → SIGNED; the customer becomes WON and the opportunity WON in the same transaction */
  signContract: Contract;
  /** 退出所有设备: every token of yours stops working at once, this one included, and your open live connections are closed. Sign in again afterwards. */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Start a bulk read of a list (customers with contacts, contacts, follow-ups, opportunities, contracts, plans, receipts, invoices) with the same filter as that list, in your data scope. Needs the export permission (for an API key, `<area>:export`). Runs in the background: poll `bulkExport(id)` for progress, then GET its `url`. */
  startBulkExport: BulkExport;
  /** 开始导入: records the choices for duplicate rows and queues the background run (also resumes a FAILED import) */
  startImport: ImportJob;
  /** 提交审批: DRAFT → PENDING (needs at least one line) */
  submitContract: Contract;
  /** 终止: SIGNED → TERMINATED with a required reason */
  terminateContract: Contract;
  /** 测试发送 (admin): sends one test message through the channel as saved (switched on or not) and reports the outcome; a failed send is ok: false, not an error. Email goes to your own address. */
  testNotificationChannel: NotificationChannelTestResult;
  /** Lift a sign-in lock before it runs out (admins) */
  unlockUser: User;
  /** 取消共享: remove colleagues' access to a customer you control. Returns the remaining shares. */
  unshareCustomer: Array<CustomerShare>;
  /** Set the activity thresholds (admins): all four grades at once */
  updateActivitySettings: Array<ActivityGradeThreshold>;
  /** Set the churn warning settings (admins) */
  updateChurnSettings: ChurnSettings;
  /** Edit a contact; a stale `version` is a CONFLICT */
  updateContact: Contact;
  /** Edit a DRAFT contract (lines replace all lines); only the number may change until signing */
  updateContract: Contract;
  /** Renames a template, replaces its .docx or its checklist (admins); omitted fields stay */
  updateContractTemplate: ContractTemplate;
  /** Change a custom field (admins); a stale `version` is a CONFLICT */
  updateCustomField: CustomField;
  /** Edit a customer. `version` must be the one you read; a stale one is a CONFLICT. */
  updateCustomer: Customer;
  /** Change the deal settings (admins); a stale `version` is a CONFLICT */
  updateDealSettings: DealSettings;
  /** Edit a follow-up (its author or an admin); a stale `version` is a CONFLICT */
  updateFollowUp: FollowUp;
  /** Set the grading factors (admins); they apply at the next regrading (重新分级, or when a contract is signed) */
  updateGradingFactors: GradeFactorsType;
  /** Configure the notification channels (admin) */
  updateNotificationChannels: NotificationChannels;
  /** Edit an opportunity (not its stage: use advanceOpportunity); a stale `version` is a CONFLICT */
  updateOpportunity: Opportunity;
  /** Edit a payment plan; the plans still may not exceed the contract amount */
  updatePaymentPlan: PaymentPlan;
  /** Set the pool rules (admins); replaces them as a whole */
  updatePoolRules: PoolRules;
  /** Edit or retire a product (admins); a stale `version` is a CONFLICT */
  updateProduct: Product;
  /** Change one reminder kind's setting (admin) */
  updateReminderSetting: ReminderSetting;
  /** 设置满意度维度 (admins): the full list in order; a dimension left out is archived, its past scores kept */
  updateSatisfactionDimensions: Array<SatisfactionDimension>;
  /** Edit an open task (assignee, creator or admin); a stale `version` is a CONFLICT */
  updateTask: Task;
  /** Edit a user (admins): name, contact, role, manager. A manager that would create a cycle is refused. */
  updateUser: User;
  /** Change, pause or resume an endpoint (admins). `version` must be the one you read. */
  updateWebhookEndpoint: WebhookEndpoint;
  /** 作废发票: void an invoice (its number becomes free again) */
  voidInvoice: Invoice;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationAddPaymentPlanArgs = {
  contractId: Scalars['ID']['input'];
  input: PaymentPlanInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationAddTagsArgs = {
  customerId: Scalars['ID']['input'];
  names: Array<Scalars['String']['input']>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationAdvanceOpportunityArgs = {
  id: Scalars['ID']['input'];
  lostReason?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  stage: OpportunityStage;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationApproveContractArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCancelTaskArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCheckContractReviewItemArgs = {
  checked: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  index: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationClaimCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCommentOnContractArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCompleteContractArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateContactArgs = {
  customerId: Scalars['ID']['input'];
  input: ContactInput;
  primary?: Scalars['Boolean']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateContractArgs = {
  input: CreateContractInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateContractTemplateArgs = {
  input: ContractTemplateInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateCustomFieldArgs = {
  input: CustomFieldInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateExportArgs = {
  input: CreateExportInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateFollowUpArgs = {
  customerId: Scalars['ID']['input'];
  input: FollowUpInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateOpportunityArgs = {
  customerId: Scalars['ID']['input'];
  input: CreateOpportunityInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateTaskArgs = {
  input: TaskInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeactivateCustomerArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
  receiverId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteAttachmentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteContractArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteContractTemplateArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteCustomFieldArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteFollowUpArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteOpportunityArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeletePaymentPlanArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteReceiptArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteTagArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationGenerateContractDocumentArgs = {
  contractId: Scalars['ID']['input'];
  templateId: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationIssueInvoiceArgs = {
  contractId: Scalars['ID']['input'];
  input: InvoiceInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationMarkNotificationsReadArgs = {
  all?: Scalars['Boolean']['input'];
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationMergeCustomersArgs = {
  dryRun?: Scalars['Boolean']['input'];
  duplicateIds: Array<Scalars['ID']['input']>;
  fieldChoices?: Array<MergeFieldChoice>;
  masterId: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationPlanVisitArgs = {
  customerId: Scalars['ID']['input'];
  input: PlanVisitInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationPurgeCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationReactivateCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationReassignCustomersArgs = {
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  fromUserId: Scalars['ID']['input'];
  toUserId: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRecordReceiptArgs = {
  contractId: Scalars['ID']['input'];
  input: ReceiptInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRecordVisitArgs = {
  id: Scalars['ID']['input'];
  input: RecordVisitInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRejectContractArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationReleaseCustomerArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRemoveTagsArgs = {
  customerId: Scalars['ID']['input'];
  names: Array<Scalars['String']['input']>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRestoreCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRetryNotificationDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRevertImportArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  overlapHours?: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationRunReminderScansArgs = {
  kinds?: InputMaybe<Array<ReminderKind>>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationSetExportPermissionArgs = {
  allowed: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationSetMyLocaleArgs = {
  locale: Scalars['String']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationSetPrimaryContactArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationSetSalesTargetArgs = {
  input: SetSalesTargetInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationShareCustomerArgs = {
  canEdit: Scalars['Boolean']['input'];
  customerId: Scalars['ID']['input'];
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  userIds: Array<Scalars['ID']['input']>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationSignContractArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  signedAt: Scalars['LocalDate']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationStartBulkExportArgs = {
  input: StartBulkExportInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationStartImportArgs = {
  choices?: Array<ImportChoiceInput>;
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationSubmitContractArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationTerminateContractArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationTestNotificationChannelArgs = {
  channel: DeliveryChannel;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUnshareCustomerArgs = {
  customerId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateActivitySettingsArgs = {
  input: Array<ActivityGradeThresholdInput>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateChurnSettingsArgs = {
  input: ChurnSettingsInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: ContactInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateContractArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContractInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateContractTemplateArgs = {
  id: Scalars['ID']['input'];
  input: ContractTemplateInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateCustomFieldArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomFieldInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateDealSettingsArgs = {
  input: DealSettingsInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFollowUpInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateGradingFactorsArgs = {
  input: GradeFactorsInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateNotificationChannelsArgs = {
  input: NotificationChannelsInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOpportunityInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdatePaymentPlanArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePaymentPlanInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdatePoolRulesArgs = {
  input: PoolRulesInput;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateReminderSettingArgs = {
  input: ReminderSettingInput;
  kind: ReminderKind;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateSatisfactionDimensionsArgs = {
  input: Array<SatisfactionDimensionInput>;
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
  version: Scalars['Int']['input'];
};


/** Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT. */
export type MutationVoidInvoiceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A record with a globally unique id; fetch any of them with `node(id:)` */
export type Node = {
  /** Globally unique id (a UUID) */
  id: Scalars['ID']['output'];
};

/** 通知: a reminder or event for one user, in the inbox and pushed live (notificationAdded) */
export type Notification = Node & {
  __typename?: 'Notification';
  /** 内容, in the reader's language (their saved locale), times in the business time zone */
  body: Scalars['String']['output'];
  /** When the notification was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer the record belongs to, if any (for navigation) */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** The moment the thing is due (follow-up time, birthday 00:00, contract end date…) */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 提醒类型 */
  kind: ReminderKind;
  /** Path in the web app that shows the subject, e.g. /customers/<id>?tab=visits */
  link: Scalars['String']['output'];
  /** True once the recipient has read it */
  read: Scalars['Boolean']['output'];
  /** When the recipient marked it read; null = unread */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Id of the record it is about */
  subjectId: Scalars['ID']['output'];
  /** The kind of record it is about */
  subjectType: NotificationSubjectType;
  /** 标题, in the reader's language (their saved locale), times in the business time zone */
  title: Scalars['String']['output'];
};

/** 测试发送的结果: what one test message through a channel came to (a failure is an answer, not an error) */
export type NotificationChannelTestResult = {
  __typename?: 'NotificationChannelTestResult';
  /** The channel tried */
  channel: DeliveryChannel;
  /** Why it failed, in our own words (Chinese first; never the receiver’s answer) */
  error?: Maybe<Scalars['String']['output']>;
  /** True when the receiver accepted the message */
  ok: Scalars['Boolean']['output'];
  /** Email only: the address the test mail went to (the admin who asked) */
  recipient?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the robot webhook, or the SMTP reply code (250 = accepted) */
  status?: Maybe<Scalars['Int']['output']>;
  /** When the test was sent */
  testedAt: Scalars['DateTimeISO']['output'];
};

/** 通知渠道: outside channels for notifications (admin) */
export type NotificationChannels = {
  __typename?: 'NotificationChannels';
  /** DingTalk group robot */
  dingTalk: DingTalkChannel;
  /** Email through SMTP */
  email: EmailChannel;
  /** WeCom group robot */
  weCom: WeComChannel;
};

/** Changes to the notification channels; omitted channels stay */
export type NotificationChannelsInput = {
  /** DingTalk robot */
  dingTalk?: InputMaybe<DingTalkChannelInput>;
  /** Email (SMTP) */
  email?: InputMaybe<EmailChannelInput>;
  /** WeCom robot */
  weCom?: InputMaybe<WeComChannelInput>;
};

/** A page of notifications, newest first */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page with their cursors */
  edges: Array<NotificationEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** One delivery of a notification through an outside channel (email, DingTalk, WeCom) */
export type NotificationDelivery = Node & {
  __typename?: 'NotificationDelivery';
  /** Attempts made so far */
  attempts: Scalars['Int']['output'];
  /** The channel */
  channel: DeliveryChannel;
  /** When the delivery was queued */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Error of the last failed attempt */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due; null when sent or given up */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The notification delivered */
  notification: Notification;
  /** When it was delivered */
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** State of the delivery */
  status: DeliveryStatus;
};

/** A page of notification deliveries, newest first */
export type NotificationDeliveryConnection = {
  __typename?: 'NotificationDeliveryConnection';
  /** The items of this page with their cursors */
  edges: Array<NotificationDeliveryEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of NotificationDelivery */
export type NotificationDeliveryEdge = {
  __typename?: 'NotificationDeliveryEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The NotificationDelivery */
  node: NotificationDelivery;
};

/** An edge in a list of Notification */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Notification */
  node: Notification;
};

/** The kind of record a notification links to */
export type NotificationSubjectType =
  /** 联系人 */
  | 'CONTACT'
  /** 合同 */
  | 'CONTRACT'
  /** 客户 */
  | 'CUSTOMER'
  /** 跟进记录 */
  | 'FOLLOW_UP'
  /** 收款计划 */
  | 'PAYMENT_PLAN'
  /** 任务 */
  | 'TASK'
  /** 用户 (account events such as sign-ins) */
  | 'USER'
  /** 回访 */
  | 'VISIT';

/** 商机: a sales opportunity with a customer, moving through stages to WON or LOST */
export type Opportunity = Node & {
  __typename?: 'Opportunity';
  /** 商机金额: the expected deal amount */
  amount: Scalars['Money']['output'];
  /** When it reached WON or LOST */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Contracts drafted from this opportunity */
  contracts: Array<Contract>;
  /** When created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer */
  customer: Customer;
  /** 预计成交日期 */
  expectedCloseDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 商机产品, in order */
  lines: Array<OpportunityLine>;
  /** 输单原因 (when LOST) */
  lostReason?: Maybe<Scalars['String']['output']>;
  /** 商机名称, e.g. XX 公司 ERP 系统采购 */
  name: Scalars['String']['output'];
  /** 负责人 */
  owner: User;
  /** 备注 */
  remark?: Maybe<Scalars['String']['output']>;
  /** 商机阶段; change it with advanceOpportunity */
  stage: OpportunityStage;
  /** 阶段记录: every stage change with its note, who and when, oldest first */
  stageHistory: Array<OpportunityStageChange>;
  /** When last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updateOpportunity and advanceOpportunity */
  version: Scalars['Int']['output'];
  /** 赢率 in percent: the stage's default unless edited */
  winRate: Scalars['Int']['output'];
};

/** A page of opportunities */
export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  /** The items of this page with their cursors */
  edges: Array<OpportunityEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** Count, amount and weighted amount of each stage over the whole list (all pages), with the same filter: the kanban column totals */
  stageTotals: Array<FunnelStage>;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Opportunity */
export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Opportunity */
  node: Opportunity;
};

/** Filters of the opportunity list; all given must match */
export type OpportunityFilter = {
  /** Closed (won or lost) on or after this business date */
  closedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Closed (won or lost) on or before this business date */
  closedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Of this customer */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Expected to close on or after */
  expectedCloseFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Expected to close on or before */
  expectedCloseTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Owned by any of these users */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name contains this text */
  search?: InputMaybe<Scalars['String']['input']>;
  /** In any of these stages */
  stages?: InputMaybe<Array<OpportunityStage>>;
  /** Only opportunities owned by this user or anyone below them (a team) */
  teamOf?: InputMaybe<Scalars['ID']['input']>;
};

/** 商机产品: one product of an opportunity, with quantity and unit price */
export type OpportunityLine = Node & {
  __typename?: 'OpportunityLine';
  /** 金额 = round(quantity × unitPrice, 2), computed by PostgreSQL */
  amount: Scalars['Money']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** The product name when the line was written */
  name: Scalars['String']['output'];
  /** Position on the opportunity, from 1 */
  position: Scalars['Int']['output'];
  /** The catalogue product */
  product: Product;
  /** 数量 */
  quantity: Scalars['Decimal']['output'];
  /** 单位 */
  unit?: Maybe<Scalars['String']['output']>;
  /** 单价 */
  unitPrice: Scalars['Money']['output'];
};

/** 商机产品: a catalogue product with quantity and unit price */
export type OpportunityLineInput = {
  /** Product (an active one); name and unit are copied from it */
  productId: Scalars['ID']['input'];
  /** 数量 (> 0) */
  quantity: Scalars['Decimal']['input'];
  /** 单价 (≥ 0; default: the product's list price) */
  unitPrice?: InputMaybe<Scalars['Money']['input']>;
};

/** Sort order of the opportunity list */
export type OpportunityOrder = {
  /** ASC or DESC (default DESC) */
  direction?: InputMaybe<SortDirection>;
  /** Sort key */
  field: OpportunityOrderField;
};

/** Sort keys of the opportunity list */
export type OpportunityOrderField =
  /** 商机金额 */
  | 'AMOUNT'
  /** When created */
  | 'CREATED_AT'
  /** 预计成交日期 (undated last) */
  | 'EXPECTED_CLOSE_DATE';

/** 商机统计: funnel, expected closings, won and lost */
export type OpportunityReport = {
  __typename?: 'OpportunityReport';
  /** Open opportunities expected to close in the current business month (本月预计成交) */
  expectedThisMonth: CountAmount;
  /** Funnel in stage order: open opportunities created before the end of the range by their stage, and WON / LOST ones closed in the range */
  funnel: Array<FunnelStage>;
  /** Amount lost in the range */
  lostAmount: Scalars['Money']['output'];
  /** Lost in the range (count), with the previous range */
  lostCount: CountChange;
  /** Lost reasons in the range, most frequent first */
  lostReasons: Array<LostReason>;
  /** The range used */
  range: ReportRangeInfo;
  /** Won / (won + lost) in the range, percent; null when none closed */
  winRatePercent?: Maybe<Scalars['Float']['output']>;
  /** Won in the range (amount), with the previous range */
  wonAmount: MoneyChange;
  /** Won in the range (count), with the previous range */
  wonCount: CountChange;
};

/** 商机阶段, each with its default win rate */
export type OpportunityStage =
  /** 初步接触 (20%) */
  | 'INITIAL'
  /** 输单 (0%): needs a lost reason */
  | 'LOST'
  /** 需求分析 (40%) */
  | 'NEEDS'
  /** 合同谈判 (80%) */
  | 'NEGOTIATION'
  /** 方案报价 (60%) */
  | 'PROPOSAL'
  /** 赢单 (100%): set by signing one of its contracts, or by hand */
  | 'WON';

/** One stage change of an opportunity: from, to, note, who and when */
export type OpportunityStageChange = Node & {
  __typename?: 'OpportunityStageChange';
  /** Who moved it */
  actor?: Maybe<User>;
  /** When */
  at: Scalars['DateTimeISO']['output'];
  /** Stage before (null when the opportunity was created) */
  fromStage?: Maybe<OpportunityStage>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Why, as noted by whoever moved it */
  note?: Maybe<Scalars['String']['output']>;
  /** Stage after */
  toStage: OpportunityStage;
};

/** Whose customers to list (always within what you may see) */
export type Ownership =
  /** every owned customer you may see (default; the pool is listed with POOL) */
  | 'ALL'
  /** 我的客户: owned by you */
  | 'MINE'
  /** 公海: no owner */
  | 'POOL'
  /** 共享给我的: shared with you by others */
  | 'SHARED_WITH_ME'
  /** 下属客户: owned by people below you in the hierarchy */
  | 'TEAM';

/** Where a page sits in its list */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor` */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page did not start at the beginning of the list */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Sort order of payment plans, receipts and invoices */
export type PaymentOrder = {
  /** ASC or DESC (default: ASC for plans, DESC otherwise) */
  direction?: InputMaybe<SortDirection>;
  /** Sort key */
  field: PaymentOrderField;
};

/** Sort keys of payment plan, receipt and invoice lists */
export type PaymentOrderField =
  /** Amount */
  | 'AMOUNT'
  /** The record's date: due date, received date or issued date */
  | 'DATE';

/** 收款计划: an amount expected by a due date; the plans of a contract never exceed its amount */
export type PaymentPlan = Node & {
  __typename?: 'PaymentPlan';
  /** 计划金额 */
  amount: Scalars['Money']['output'];
  /** The contract */
  contract: Contract;
  /** When created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 计划收款日期 */
  dueDate: Scalars['LocalDate']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 未收金额 = amount − receivedAmount */
  outstandingAmount: Scalars['Money']['output'];
  /** Days past the due date while not fully received (0 otherwise) */
  overdueDays: Scalars['Int']['output'];
  /** Receipts recorded against this plan, oldest first */
  receipts: Array<Receipt>;
  /** 已收金额: receipts recorded against this plan */
  receivedAmount: Scalars['Money']['output'];
  /** 备注 */
  remark?: Maybe<Scalars['String']['output']>;
  /** PAID / PARTLY_PAID / OVERDUE / PENDING as of today (business time zone) */
  status: PaymentPlanStatus;
  /** When last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updatePaymentPlan */
  version: Scalars['Int']['output'];
};

/** A page of payment plans */
export type PaymentPlanConnection = {
  __typename?: 'PaymentPlanConnection';
  /** The items of this page with their cursors */
  edges: Array<PaymentPlanEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of PaymentPlan */
export type PaymentPlanEdge = {
  __typename?: 'PaymentPlanEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The PaymentPlan */
  node: PaymentPlan;
};

/** Filters of the payment plan list */
export type PaymentPlanFilter = {
  /** Of this contract */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this customer */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after (due / received / issued date) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** In any of these states (as of today) */
  statuses?: InputMaybe<Array<PaymentPlanStatus>>;
  /** Dated on or before */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A payment plan of a contract */
export type PaymentPlanInput = {
  /** 计划金额 (> 0; all plans together ≤ the contract amount) */
  amount: Scalars['Money']['input'];
  /** 计划收款日期 */
  dueDate: Scalars['LocalDate']['input'];
  /** 备注, e.g. 首付款 30% */
  remark?: InputMaybe<Scalars['String']['input']>;
};

/** State of a payment plan, from its receipts and today's date in the business time zone */
export type PaymentPlanStatus =
  /** 已逾期: due date passed and not fully received */
  | 'OVERDUE'
  /** 已收款: fully received */
  | 'PAID'
  /** 部分收款: part received, not yet due */
  | 'PARTLY_PAID'
  /** 待收款: nothing received, not yet due */
  | 'PENDING';

/** Sales performance of one salesperson or one team in the range */
export type PerformanceRow = {
  __typename?: 'PerformanceRow';
  /** 平均成交周期: average days from creation to win of the opportunities won in the range (1 decimal) */
  averageDaysToWin?: Maybe<Scalars['Float']['output']>;
  /** 转化率 = customersWon / customersAssigned in percent, 2 decimals; null when none assigned */
  conversionPercent?: Maybe<Scalars['Float']['output']>;
  /** 分配客户: customers held whose assignment to this owner falls in the range */
  customersAssigned: Scalars['Int']['output'];
  /** 持有客户: customers held now (created before the end of the range) */
  customersHeld: Scalars['Int']['output'];
  /** Of the customers assigned in the range, how many are now WON (成交) */
  customersWon: Scalars['Int']['output'];
  /** 跟进次数: follow-ups written in the range, with the previous range */
  followUps: CountChange;
  /** Name (a team row: "<leader>团队") */
  name: Scalars['String']['output'];
  /** 商机金额: amount of opportunities created in the range */
  opportunityAmount: Scalars['Money']['output'];
  /** 签约金额: contracts signed in the range */
  signedAmount: Scalars['Money']['output'];
  /** User id (a team row: the team leader's id) */
  userId: Scalars['ID']['output'];
  /** 成交金额: amount of opportunities won in the range, with the previous range */
  wonAmount: MoneyChange;
  /** Opportunities won in the range */
  wonCount: Scalars['Int']['output'];
};

/** A count in one calendar period, with the period before it (环比) */
export type PeriodCount = {
  __typename?: 'PeriodCount';
  /** Change in percent against the previous period; null when it was 0 */
  changePercent?: Maybe<Scalars['Float']['output']>;
  /** Count in the period */
  count: Scalars['Int']['output'];
  /** Last day of the period */
  end: Scalars['LocalDate']['output'];
  /** Period label: 2026-03, 2026-Q1 or 2026 */
  period: Scalars['String']['output'];
  /** Count in the previous period */
  previous: Scalars['Int']['output'];
  /** First day of the period */
  start: Scalars['LocalDate']['output'];
};

/** A return visit to plan */
export type PlanVisitInput = {
  /** 回访负责人 (default: you); an active user */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** 计划回访时间 */
  plannedAt: Scalars['DateTimeISO']['input'];
  /** 回访主题 (required, ≤ 200 characters) */
  topic: Scalars['String']['input'];
  /** 回访类型 */
  type: VisitType;
};

/** Reclaim rule of one customer grade (replaces the general days for that grade) */
export type PoolGradeRule = {
  __typename?: 'PoolGradeRule';
  /** The grade */
  grade: CustomerGrade;
  /** Back to the pool after this many days without a follow-up; null: never for this grade */
  noFollowUpDays?: Maybe<Scalars['Int']['output']>;
  /** Back to the pool when not won within this many days of assignment; null: never for this grade */
  notWonWithinDays?: Maybe<Scalars['Int']['output']>;
};

/** Reclaim rule of one customer grade */
export type PoolGradeRuleInput = {
  /** The grade */
  grade: CustomerGrade;
  /** Days without a follow-up (1–3650); null: never for this grade */
  noFollowUpDays?: InputMaybe<Scalars['Int']['input']>;
  /** Days to win after assignment (1–3650); null: never for this grade */
  notWonWithinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** A customer the pool rules reclaim (or will reclaim), and why */
export type PoolReclaimItem = {
  __typename?: 'PoolReclaimItem';
  /** The customer (null if you may no longer see it) */
  customer?: Maybe<Customer>;
  /** Customer id */
  customerId: Scalars['ID']['output'];
  /** When the rule makes it due (past for a reclaim that ran) */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Its owner before the reclaim */
  owner?: Maybe<User>;
  /** The reason written to the change log */
  reason: Scalars['String']['output'];
  /** The rule that fires first */
  rule: ReclaimRule;
};

/** 公海规则: when customers return to the public pool and how claiming is limited (set by admins) */
export type PoolRules = {
  __typename?: 'PoolRules';
  /** Days before whoever released (or lost by reclaim) a customer may claim it again (default 7; 0: none) */
  claimCooldownDays: Scalars['Int']['output'];
  /** Per-grade overrides of the reclaim days */
  grades: Array<PoolGradeRule>;
  /** At most this many customers per user; claiming beyond is refused (null: no cap) */
  maxCustomersPerUser?: Maybe<Scalars['Int']['output']>;
  /** Not followed up for this many days → back to the pool (default 30; null: off) */
  noFollowUpDays?: Maybe<Scalars['Int']['output']>;
  /** Not won within this many days of assignment → back to the pool (default off) */
  notWonWithinDays?: Maybe<Scalars['Int']['output']>;
};

/** The complete pool rules (replaces the current ones) */
export type PoolRulesInput = {
  /** Claim cool-down in days (0–365; default 7) */
  claimCooldownDays?: InputMaybe<Scalars['Int']['input']>;
  /** Per-grade overrides (each grade at most once) */
  grades?: InputMaybe<Array<PoolGradeRuleInput>>;
  /** Customer cap per user (1–100000); null: none */
  maxCustomersPerUser?: InputMaybe<Scalars['Int']['input']>;
  /** Days without a follow-up (1–3650); null: off */
  noFollowUpDays?: InputMaybe<Scalars['Int']['input']>;
  /** Days to win after assignment (1–3650); null: off */
  notWonWithinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** 商品: a product or service the company sells, picked on contract lines; maintained by admins */
export type Product = Node & {
  __typename?: 'Product';
  /** Whether the product can be picked on new contract lines */
  active: Scalars['Boolean']['output'];
  /** 商品编码, unique (case-insensitive) */
  code: Scalars['String']['output'];
  /** When the product was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 标准价格: the default unit price on a contract line */
  listPrice: Scalars['Money']['output'];
  /** 商品名称 */
  name: Scalars['String']['output'];
  /** 备注 */
  remark?: Maybe<Scalars['String']['output']>;
  /** 单位, e.g. 套, 台, 年 */
  unit: Scalars['String']['output'];
  /** When the product was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version, for updateProduct */
  version: Scalars['Int']['output'];
};

/** A page of products, by name */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The items of this page with their cursors */
  edges: Array<ProductEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Product */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Product */
  node: Product;
};

/** Filters of the product list */
export type ProductFilter = {
  /** Only active (true) or retired (false) products */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name or code contains this text */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The last 12 months' signed amount against the 12 months before (±20%) */
export type PurchaseTrend =
  /** 下降: at least 20% less */
  | 'FALLING'
  /** 无下单: nothing signed in either year */
  | 'NONE'
  /** 上升: at least 20% more (or the first year with orders) */
  | 'RISING'
  /** 平稳: within ±20% */
  | 'STEADY';

/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type Query = {
  __typename?: 'Query';
  /** 活跃度阈值: per grade, the idle days before 沉睡 and 流失 (everyone may read them) */
  activitySettings: Array<ActivityGradeThreshold>;
  /** API 密钥 (admins): the keys integrations use, newest first */
  apiKeys: ApiKeyConnection;
  /** Files you may see, newest first (at most 100); find them by name with `filter.name` */
  attachments: Array<Attachment>;
  /** One bulk export (yours, or any for admins): status, progress and, when DONE, the download link */
  bulkExport: BulkExport;
  /** 批量导出记录: your bulk exports (admins: everyone's), newest first */
  bulkExports: BulkExportConnection;
  /** 流失风险: the customers you may see with a churn cause in force (the home page and report card) */
  churnRisks: ChurnRiskList;
  /** 流失预警设置: the satisfaction-drop margin and the overdue days (everyone may read them) */
  churnSettings: ChurnSettings;
  /** One contract by id, or null when it does not exist or you may not see its customer */
  contract?: Maybe<Contract>;
  /** 合同模板: every contract template, by name (anyone signed in may generate from them) */
  contractTemplates: Array<ContractTemplate>;
  /** 合同列表: contracts of customers you may see, filtered, sorted and paged */
  contracts: ContractConnection;
  /** The custom customer fields, in form order */
  customFields: Array<CustomField>;
  /** One customer by id, or null when it does not exist or you may not see it */
  customer?: Maybe<Customer>;
  /** 客户统计: distributions, new customers (环比 and per period), not followed for N days */
  customerReport: CustomerReport;
  /** 客户列表: customers you may see, filtered, sorted and paged by cursor */
  customers: CustomerConnection;
  /** Deal settings: contract number pattern and grading thresholds */
  dealSettings: DealSettings;
  /** 查重: existing customers with the same or a similar name (full/half width, punctuation, legal-form suffixes, traditional characters folded) or a contact with the same phone, with who holds them */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** 导出记录: every export, newest first (admins only) */
  exportAudit: ExportAuditConnection;
  /** 分级因素: tenure and credit beside the amount thresholds (everyone may read them) */
  gradingFactors: GradeFactorsType;
  /** One import (yours, or any for admins): preview, progress and summary; poll it while it runs */
  importJob: ImportJob;
  /** 导入记录: your imports (admins: everyone's), newest first */
  importJobs: ImportJobConnection;
  /** 下载导入模板: an .xlsx whose columns and drop-downs follow the current settings and custom fields */
  importTemplate: ImportTemplate;
  /** 发票列表: invoices on contracts of customers you may see */
  invoices: InvoiceConnection;
  /** The signed-in user */
  me: User;
  /** 合同与回款: signed, received, outstanding and overdue by month / quarter / year */
  moneyReport: MoneyReport;
  /** Any record by its globally unique id (Relay), or null when it does not exist or you may not see it */
  node?: Maybe<Node>;
  /** Several records by id (at most 100), in the order asked; null for each unknown or invisible one */
  nodes: Array<Maybe<Node>>;
  /** 通知渠道设置 (admin): SMTP, DingTalk and WeCom robots; secrets are never returned */
  notificationChannels: NotificationChannels;
  /** Deliveries through outside channels (admin), newest first; `status: FAILED` shows what did not get through */
  notificationDeliveries: NotificationDeliveryConnection;
  /** 我的通知: the signed-in user's notifications, newest first */
  notifications: NotificationConnection;
  /** 商机列表: opportunities of customers you may see, filtered, sorted and paged */
  opportunities: OpportunityConnection;
  /** One opportunity by id, or null when it does not exist or you may not see its customer */
  opportunity?: Maybe<Opportunity>;
  /** 商机统计: funnel by stage with weighted amounts, expected this month, won and lost with reasons */
  opportunityReport: OpportunityReport;
  /** 收款计划列表: plans of the contracts of customers you may see */
  paymentPlans: PaymentPlanConnection;
  /** 公海: customers nobody owns; any salesperson may claim them */
  poolCustomers: CustomerConnection;
  /** What the pool rules would reclaim within the coming `days`, by which rule, changing nothing: your own customers, your team's for managers, all for admins */
  poolReclaimPreview: Array<PoolReclaimItem>;
  /** 公海规则: the rules in force (everyone may read them) */
  poolRules: PoolRules;
  /** 商品列表: the product catalogue, by name */
  products: ProductConnection;
  /** Your request budget (per API key, else per user), read without spending it: this field costs 0. Null when this server sets no rate limit. */
  rateLimit?: Maybe<RateLimitStatus>;
  /** 回款明细: receipts received in the range, newest first */
  receiptReport: ReceiptReportConnection;
  /** 回款列表: receipts on contracts of customers you may see */
  receipts: ReceiptConnection;
  /** 回收站: deleted customers you may see, most recently deleted first */
  recycleBin: CustomerConnection;
  /** 提醒设置 (admin): every reminder kind with its switch, lead time and channels */
  reminderSettings: Array<ReminderSetting>;
  /** 销售预测: per period (month, quarter or year), person, team and in total — won, weighted (amount × win rate), commit (stages of 60 % and above) and best case of the open pipeline by expected close date, with the target, completion, gap and whether the forecast covers it. Admins, managers and salespeople. */
  salesForecast: SalesForecast;
  /** 销售业绩: per salesperson and per team */
  salesPerformanceReport: SalesPerformanceReport;
  /** 销售目标: the company’s and those of the people and teams you may see */
  salesTargets: Array<SalesTarget>;
  /** 满意度维度: the dimensions a visit is scored on, in order (everyone may read them) */
  satisfactionDimensions: Array<SatisfactionDimension>;
  /** 回访满意度: satisfaction distribution of recorded visits */
  satisfactionReport: SatisfactionReport;
  /** The server's current time (a cheap check that the API answers for you) */
  serverTime: Scalars['DateTimeISO']['output'];
  /** 登录记录: recent sign-ins, newest first — your own, or any user's for admins */
  signIns: Array<UserSignIn>;
  /** Every tag in use, by name (for pickers and filters) */
  tags: Array<Tag>;
  /** One task */
  task: Task;
  /** 任务: tasks you may see, earliest due first; `filter: { mine: true }` = 我的任务, `overdue: true` = 已逾期 */
  tasks: TaskConnection;
  /** 客户排行: top customers by signed or received amount in the range */
  topCustomersReport: Array<TopCustomer>;
  /** How many of the signed-in user's notifications are unread (the badge) */
  unreadNotificationCount: Scalars['Int']['output'];
  /** 用户列表: admins see everyone, managers their team (any depth), others themselves */
  users: UserConnection;
  /** 客户价值 (RFM) and 价值贡献: recency, frequency and 12-month signed amount per customer, by grade and region, and the top customers */
  valueReport: ValueReport;
  /** 满意度统计 over the recorded visits of every customer you may read, optionally within [from, to) */
  visitSatisfaction: SatisfactionStats;
  /** 回访: visits to every customer you may read, earliest planned first; by status (business-calendar days), owner, customer and planned time */
  visits: VisitConnection;
  /** Webhook deliveries (admins), newest first, with status and response code */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Webhook 端点 (admins): where events are sent, newest first */
  webhookEndpoints: WebhookEndpointConnection;
  /** The event log (admins; kept 30 days), newest first: every event since `since`, for a receiver to reconcile after an outage. API keys need customers:read (and deals:read to see deal events). */
  webhookEvents: WebhookEventConnection;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryAttachmentsArgs = {
  filter?: InputMaybe<AttachmentFilter>;
  first?: Scalars['Int']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryBulkExportArgs = {
  id: Scalars['ID']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryBulkExportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryChurnRisksArgs = {
  first?: Scalars['Int']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContractOrder>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryCustomerReportArgs = {
  filter?: InputMaybe<ReportFilter>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CustomerOrder>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryDuplicateCandidatesArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryExportAuditArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportAuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryImportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryImportTemplateArgs = {
  kind: ImportKind;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PaymentOrder>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryMoneyReportArgs = {
  filter?: InputMaybe<ReportFilter>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryNotificationDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryOpportunityReportArgs = {
  filter?: InputMaybe<ReportFilter>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryPaymentPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PaymentOrder>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryPoolCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CustomerOrder>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryPoolReclaimPreviewArgs = {
  days: Scalars['Int']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryReceiptReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReceiptFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PaymentOrder>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryRecycleBinArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QuerySalesForecastArgs = {
  filter?: InputMaybe<ForecastFilter>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QuerySalesPerformanceReportArgs = {
  filter?: InputMaybe<ReportFilter>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QuerySalesTargetsArgs = {
  filter?: InputMaybe<SalesTargetFilter>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QuerySatisfactionDimensionsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QuerySatisfactionReportArgs = {
  filter?: InputMaybe<ReportFilter>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QuerySignInsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryTopCustomersReportArgs = {
  by?: TopCustomersBy;
  filter?: InputMaybe<ReportFilter>;
  limit?: Scalars['Int']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryValueReportArgs = {
  filter?: InputMaybe<ReportFilter>;
  limit?: Scalars['Int']['input'];
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryVisitSatisfactionArgs = {
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`. */
export type QueryWebhookEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTimeISO']['input'];
  types?: InputMaybe<Array<WebhookEventType>>;
};

/** Your request budget (a leaky bucket of cost points): the same numbers as the X-RateLimit-* headers */
export type RateLimitStatus = {
  __typename?: 'RateLimitStatus';
  /** Points the bucket holds when full (X-RateLimit-Limit) */
  limit: Scalars['Int']['output'];
  /** The highest cost one operation may have (over it: QUERY_TOO_COMPLEX, reason COST) */
  maxQueryCost: Scalars['Int']['output'];
  /** Points left now (X-RateLimit-Remaining); an operation costing more is refused with RATE_LIMITED */
  remaining: Scalars['Int']['output'];
  /** When the bucket is full again if you send nothing (X-RateLimit-Reset, as a time) */
  resetAt: Scalars['DateTimeISO']['output'];
  /** Points restored per second */
  restoreRate: Scalars['Int']['output'];
};

/** What a reassignment moved */
export type ReassignPayload = {
  __typename?: 'ReassignPayload';
  /** Live contracts (not completed or terminated) that moved with them */
  contracts: Scalars['Int']['output'];
  /** The customers that changed owner */
  customerIds: Array<Scalars['ID']['output']>;
  /** Open opportunities (not won or lost) that moved with them */
  opportunities: Scalars['Int']['output'];
  /** Open tasks that moved with them */
  tasks: Scalars['Int']['output'];
};

/** 回款: money received on a contract, optionally against one of its payment plans */
export type Receipt = Node & {
  __typename?: 'Receipt';
  /** 回款金额 */
  amount: Scalars['Money']['output'];
  /** 附件: the files attached to this Receipt, newest first */
  attachments: Array<Attachment>;
  /** The contract */
  contract: Contract;
  /** When recorded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 收款方式 */
  method: ReceiptMethod;
  /** The plan it pays, if any */
  plan?: Maybe<PaymentPlan>;
  /** 回款日期 */
  receivedDate: Scalars['LocalDate']['output'];
  /** Who recorded it */
  recordedBy?: Maybe<User>;
  /** 备注 */
  remark?: Maybe<Scalars['String']['output']>;
};

/** A page of receipts */
export type ReceiptConnection = {
  __typename?: 'ReceiptConnection';
  /** The items of this page with their cursors */
  edges: Array<ReceiptEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Receipt */
export type ReceiptEdge = {
  __typename?: 'ReceiptEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Receipt */
  node: Receipt;
};

/** Filters of the receipt list */
export type ReceiptFilter = {
  /** Of this contract */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this customer */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Dated on or after (due / received / issued date) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Paid in any of these ways */
  methods?: InputMaybe<Array<ReceiptMethod>>;
  /** Dated on or before */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Money received on a signed contract */
export type ReceiptInput = {
  /** 回款金额 (> 0, ≤ the contract's outstanding amount and the plan's) */
  amount: Scalars['Money']['input'];
  /** 收款方式 */
  method: ReceiptMethod;
  /** The payment plan it pays (of the same contract) */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** 回款日期 (not in the future) */
  receivedDate: Scalars['LocalDate']['input'];
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
};

/** 收款方式 */
export type ReceiptMethod =
  /** 支付宝 */
  | 'ALIPAY'
  /** 银行转账 */
  | 'BANK_TRANSFER'
  /** 现金 */
  | 'CASH'
  /** 支票 */
  | 'CHEQUE'
  /** 其他 */
  | 'OTHER'
  /** 微信支付 */
  | 'WECHAT_PAY';

/** A page of receipts in the range, newest first */
export type ReceiptReportConnection = {
  __typename?: 'ReceiptReportConnection';
  /** The items of this page with their cursors */
  edges: Array<ReceiptReportEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of ReceiptReport */
export type ReceiptReportEdge = {
  __typename?: 'ReceiptReportEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The ReceiptReport */
  node: ReceiptReportRow;
};

/** One receipt in the receipts detail report (回款明细) */
export type ReceiptReportRow = {
  __typename?: 'ReceiptReportRow';
  /** Amount */
  amount: Scalars['Money']['output'];
  /** Contract id */
  contractId: Scalars['ID']['output'];
  /** Contract number */
  contractNumber: Scalars['String']['output'];
  /** Customer id */
  customerId: Scalars['ID']['output'];
  /** Customer name */
  customerName: Scalars['String']['output'];
  /** Receipt id */
  id: Scalars['ID']['output'];
  /** ReceiptMethod value */
  method: Scalars['String']['output'];
  /** Name of the contract owner */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** Date received */
  receivedDate: Scalars['LocalDate']['output'];
};

/** 应收: money of signed contracts, computed in SQL to the fen */
export type Receivable = {
  __typename?: 'Receivable';
  /** 合同金额 of signed and completed contracts */
  contracted: Scalars['Money']['output'];
  /** Longest overdue days among the unpaid plans (0 when none); drives the credit rating */
  longestOverdueDays: Scalars['Int']['output'];
  /** 未回款 = contracted − received */
  outstanding: Scalars['Money']['output'];
  /** 逾期未收: the unreceived part of payment plans whose due date has passed */
  overdue: Scalars['Money']['output'];
  /** 已回款 on those contracts */
  received: Scalars['Money']['output'];
};

/** Why a customer goes back to the pool */
export type ReclaimRule =
  /** 超期未成交: not won within the configured days of assignment */
  | 'NOT_WON'
  /** 超期未跟进: not followed up for the configured days */
  | 'NO_FOLLOW_UP';

/** How a return visit went */
export type RecordVisitInput = {
  /** 后续措施 */
  actions?: InputMaybe<Scalars['String']['input']>;
  /** 实际回访时间 (default: now); not in the future */
  actualAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 回访内容 (required) */
  content: Scalars['String']['input'];
  /** 客户反馈 */
  feedback?: InputMaybe<Scalars['String']['input']>;
  /** 回访方式 */
  method: VisitMethod;
  /** 总体满意度 1–5 (required unless the deprecated `satisfaction` is given) */
  overallScore?: InputMaybe<Scalars['Int']['input']>;
  /** 发现的问题 */
  problems?: InputMaybe<Scalars['String']['input']>;
  /**
   * 满意度 (4-level, old clients)
   * @deprecated Use overallScore (1–5); read as 5 / 4 / 3 / 2 when overallScore is not given
   */
  satisfaction?: InputMaybe<Satisfaction>;
  /** 分维度评分: 1–5 on the active dimensions (satisfactionDimensions), each at most once; one left out is not scored */
  scores?: InputMaybe<Array<VisitScoreInput>>;
};

/** 提醒类型: what a notification is about */
export type ReminderKind =
  /** 流失预警: a VIP or 重要 customer turned 沉睡, its visit satisfaction dropped, or a receivable is overdue past the set days; to its owner and the owner's manager, once per cause */
  | 'CHURN_RISK'
  /** 生日提醒: a contact's birthday is within N days (business time zone) */
  | 'CONTACT_BIRTHDAY'
  /** 合同到期: a signed contract ends within N days */
  | 'CONTRACT_EXPIRING'
  /** 跟进到期: the next follow-up time has come */
  | 'FOLLOW_UP_DUE'
  /** 未跟进提醒: no follow-up for the cadence of the grade (VIP 7, IMPORTANT 15, NORMAL 30, POTENTIAL 90 days) */
  | 'FOLLOW_UP_LAPSED'
  /** 跟进提醒: the next follow-up time is within the lead time (default 1 day before) */
  | 'FOLLOW_UP_UPCOMING'
  /** 异地登录提醒 / 账号安全: a sign-in from a new location, or the account locked after repeated wrong passwords (told to its owner only) */
  | 'NEW_SIGN_IN_LOCATION'
  /** 回款提醒: a payment plan is due within N days */
  | 'PAYMENT_DUE'
  /** 回款逾期: a payment plan is past its due date and not fully received */
  | 'PAYMENT_OVERDUE'
  /** 公海回收预警: a customer will be moved to the public pool soon */
  | 'POOL_RECLAIM_WARNING'
  /** 任务到期: an open task is due within the lead time */
  | 'TASK_DUE'
  /** 任务逾期: an open task is past its due time */
  | 'TASK_OVERDUE'
  /** 回访提醒: a planned return visit is within the lead time */
  | 'VISIT_DUE';

/** What one reminder scan produced */
export type ReminderScanResult = {
  __typename?: 'ReminderScanResult';
  /** Notifications newly created (already existing ones are not counted) */
  created: Scalars['Int']['output'];
  /** The kind scanned */
  kind: ReminderKind;
};

/** 提醒设置: how one kind of reminder behaves (admin) */
export type ReminderSetting = {
  __typename?: 'ReminderSetting';
  /** Outside channels used besides the in-app inbox (always on) */
  channels: Array<DeliveryChannel>;
  /** Whether the reminder is produced at all */
  enabled: Scalars['Boolean']['output'];
  /** The kind of reminder */
  kind: ReminderKind;
  /** Days before the due date to remind (calendar kinds: birthday, contract end, payment plan, pool reclaim); null for other kinds */
  leadDays?: Maybe<Scalars['Int']['output']>;
  /** Minutes before the due time to remind (kinds due at an instant: follow-up, visit, task); null for other kinds */
  leadMinutes?: Maybe<Scalars['Int']['output']>;
  /** When the setting was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Changes to a reminder setting; omitted fields stay */
export type ReminderSettingInput = {
  /** Outside channels (email, DingTalk, WeCom); in-app is always on */
  channels?: InputMaybe<Array<DeliveryChannel>>;
  /** Turn the reminder on or off */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days before (0–365), only for kinds with a lead time in days */
  leadDays?: InputMaybe<Scalars['Int']['input']>;
  /** Minutes before (0–43200), only for kinds with a lead time in minutes */
  leadMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** One slice of a distribution (a bar or pie segment) */
export type ReportBucket = {
  __typename?: 'ReportBucket';
  /** How many */
  count: Scalars['Int']['output'];
  /** The value grouped by (enum value, text, or user id for owners); null = not filled in / the pool */
  key?: Maybe<Scalars['String']['output']>;
  /** Display label in Chinese (未填写 for empty, 公海 for no owner) */
  label: Scalars['String']['output'];
  /** Share of the total in percent, 2 decimals */
  percent: Scalars['Float']['output'];
};

/** What every report is computed over: a date range (business dates, both ends included) and whose records. The caller's data scope always applies on top: a report never counts a customer the caller may not read, nor a record owned by someone whose numbers are not the caller's (a salesperson counts their own, a manager their team at any depth, admins and service staff everyone); customers shared with you or in the pool are readable but not your numbers. */
export type ReportFilter = {
  /** First day of the range (default: first day of the current business month) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Customer report: "not followed for N days" threshold (default 30) */
  notFollowedDays?: InputMaybe<Scalars['Int']['input']>;
  /** Only records owned by these users (customer owner, opportunity/contract owner, visit owner, follow-up author) */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Length of the periods of series (default: by day for a `span` of a day, week or month, by month for a quarter or a year; MONTH without a span) */
  period?: InputMaybe<ReportPeriod>;
  /** 报表周期: when `from` and `to` are both absent, the range is the current business day, week (Monday first), month, quarter or year up to today, in the business time zone; every figure of the report is computed over it */
  span?: InputMaybe<ReportPeriod>;
  /** Only records owned by this user or anyone below them in the hierarchy (a team) */
  teamOf?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the range, included (default: today in the business time zone) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A report, as its query computes it */
export type ReportKind =
  /** 客户统计 (customerReport) */
  | 'CUSTOMERS'
  /** 合同与回款 (moneyReport) */
  | 'MONEY'
  /** 商机统计 (opportunityReport) */
  | 'OPPORTUNITIES'
  /** 回款明细 (receiptReport): every receipt of the range */
  | 'RECEIPTS'
  /** 销售业绩 (salesPerformanceReport) */
  | 'SALES_PERFORMANCE'
  /** 回访满意度 (satisfactionReport) */
  | 'SATISFACTION'
  /** 客户排行 (topCustomersReport, top 100) */
  | 'TOP_CUSTOMERS';

/** A calendar period of the business calendar (按日 / 按周 / 按月 / 按季 / 按年) */
export type ReportPeriod =
  /** 按日: calendar days */
  | 'DAY'
  /** 按月: calendar months */
  | 'MONTH'
  /** 按季: calendar quarters (Q1 = Jan–Mar) */
  | 'QUARTER'
  /** 按周: calendar weeks, Monday first */
  | 'WEEK'
  /** 按年: calendar years */
  | 'YEAR';

/** The range a report was computed over, and the previous range of equal length used for 环比 */
export type ReportRangeInfo = {
  __typename?: 'ReportRangeInfo';
  /** First day (business date) */
  from: Scalars['LocalDate']['output'];
  /** First day of the previous range */
  previousFrom: Scalars['LocalDate']['output'];
  /** Last day of the previous range */
  previousTo: Scalars['LocalDate']['output'];
  /** Last day, included */
  to: Scalars['LocalDate']['output'];
};

/** A user's role: what they may do in Kehu */
export type Role =
  /** 管理员: everything, settings and users */
  | 'ADMIN'
  /** 销售经理: their team's data, approves contracts, reassigns within the team */
  | 'MANAGER'
  /** 销售: their own customers and everything under them */
  | 'SALES'
  /** 客服: reads customers and follow-ups, records return visits */
  | 'SERVICE';

/** An endpoint with its new signing secret, shown only here */
export type RotatedWebhookSecret = {
  __typename?: 'RotatedWebhookSecret';
  /** The endpoint; previousSecretExpiresAt says until when the old secret still signs */
  endpoint: WebhookEndpoint;
  /** The new secret that signs deliveries from now on; store it now */
  secret: Scalars['String']['output'];
};

/** 销售预测: won, weighted, commit and best case per period, person and team, beside the targets */
export type SalesForecast = {
  __typename?: 'SalesForecast';
  /** Open opportunities in stages whose default win rate is at least this are commit */
  commitMinWinRate: Scalars['Int']['output'];
  /** Length of the periods */
  period: SalesPeriod;
  /** The periods, oldest first */
  periods: Array<ForecastPeriod>;
};

/** 销售业绩: per salesperson and per team (a manager with everyone below them) */
export type SalesPerformanceReport = {
  __typename?: 'SalesPerformanceReport';
  /** One row per salesperson or manager visible to the caller, by won amount */
  people: Array<PerformanceRow>;
  /** The range used */
  range: ReportRangeInfo;
  /** One row per team visible to the caller (a manager and everyone below them, at any depth), by won amount */
  teams: Array<PerformanceRow>;
};

/** A forecast or target period of the business calendar (按月 / 按季 / 按年) */
export type SalesPeriod =
  /** 按月: calendar months */
  | 'MONTH'
  /** 按季: calendar quarters (Q1 = Jan–Mar) */
  | 'QUARTER'
  /** 按年: calendar years */
  | 'YEAR';

/** 销售目标: an amount to win in one month, quarter or year, for a salesperson, a team (keyed by its manager) or the company */
export type SalesTarget = Node & {
  __typename?: 'SalesTarget';
  /** 目标金额: the amount to win (won opportunities closed in the period) */
  amount: Scalars['Money']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 2026-03, 2026-Q1 or 2026 */
  label: Scalars['String']['output'];
  /** Length of the period */
  period: SalesPeriod;
  /** Last day of the period, included */
  periodEnd: Scalars['LocalDate']['output'];
  /** First day of the period (business calendar) */
  periodStart: Scalars['LocalDate']['output'];
  /** Who set it last */
  setBy?: Maybe<User>;
  /** Whose target: a person, a team or the company */
  subject: TargetSubject;
  /** When last set */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The salesperson or team leader (null for the company) */
  user?: Maybe<User>;
  /** The salesperson (PERSON) or the team leader (TEAM); null for the company */
  userId?: Maybe<Scalars['ID']['output']>;
  /** Changes with every set */
  version: Scalars['Int']['output'];
};

/** Which targets to list */
export type SalesTargetFilter = {
  /** Only periods starting on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only targets of this period length */
  period?: InputMaybe<SalesPeriod>;
  /** Only periods starting on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 满意度 */
export type Satisfaction =
  /** 不满意 */
  | 'DISSATISFIED'
  /** 一般 */
  | 'NEUTRAL'
  /** 满意 */
  | 'SATISFIED'
  /** 非常满意 */
  | 'VERY_SATISFIED';

/** 满意度维度: one aspect a recorded visit is scored on (1–5), configured by admins */
export type SatisfactionDimension = {
  __typename?: 'SatisfactionDimension';
  /** False once archived: no longer asked, its past scores kept */
  active: Scalars['Boolean']['output'];
  /** Stable code, e.g. QUALITY (A-Z, 0-9, _) */
  key: Scalars['String']['output'];
  /** English name, e.g. Product quality */
  nameEn: Scalars['String']['output'];
  /** 中文名称, e.g. 产品质量 */
  nameZh: Scalars['String']['output'];
  /** Display order, 0 first */
  position: Scalars['Int']['output'];
};

/** One satisfaction dimension, in the order they should be asked */
export type SatisfactionDimensionInput = {
  /** Stable code (A-Z, 0-9, _; ≤ 32): an existing key renames that dimension, a new one adds it */
  key: Scalars['String']['input'];
  /** English name (≤ 50) */
  nameEn: Scalars['String']['input'];
  /** 中文名称 (≤ 50) */
  nameZh: Scalars['String']['input'];
};

/** Satisfaction scores in one calendar period */
export type SatisfactionPeriod = {
  __typename?: 'SatisfactionPeriod';
  /** 平均总体满意度 1–5; null without visits */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** Per dimension */
  dimensions: Array<DimensionAverage>;
  /** Last day of the period */
  end: Scalars['LocalDate']['output'];
  /** Period label: 2026-03, 2026-Q1 or 2026 */
  period: Scalars['String']['output'];
  /** First day of the period */
  start: Scalars['LocalDate']['output'];
  /** Visits recorded in the period */
  visits: Scalars['Int']['output'];
};

/** Satisfaction scores of one salesperson's recorded visits (by visit owner) */
export type SatisfactionPerson = {
  __typename?: 'SatisfactionPerson';
  /** 平均总体满意度 1–5 */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** Per dimension */
  dimensions: Array<DimensionAverage>;
  /** Name */
  name: Scalars['String']['output'];
  /** User id of the visit owner */
  userId: Scalars['ID']['output'];
  /** Visits recorded in the range */
  visits: Scalars['Int']['output'];
};

/** 回访满意度: recorded return visits by satisfaction (overall 1–5 and per dimension) */
export type SatisfactionReport = {
  __typename?: 'SatisfactionReport';
  /** 平均总体满意度 (1–5, 2 decimals) of the range; null without visits */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** 分维度平均分 over the range: every active dimension, and an archived one with scores */
  dimensions: Array<DimensionAverage>;
  /** Visits recorded in the range by the 4-level word of their overall score (5 / 4 / 3 / 1–2), best first (key: Satisfaction) */
  distribution: Array<ReportBucket>;
  /** 按销售: per visit owner with visits in the range (whose numbers you may see), most visits first */
  people: Array<SatisfactionPerson>;
  /** 满意率 of the previous range */
  previousSatisfiedPercent?: Maybe<Scalars['Float']['output']>;
  /** The range used */
  range: ReportRangeInfo;
  /** 满意率: very satisfied + satisfied, percent of the range's visits */
  satisfiedPercent?: Maybe<Scalars['Float']['output']>;
  /** 满意度趋势: per period (whole periods touching the range), overall and per dimension */
  trend: Array<SatisfactionPeriod>;
  /** Visits recorded in the range, with the previous range */
  visits: CountChange;
};

/** 满意度统计: recorded visits by overall score (5 非常满意, 4 满意, 3 一般, 1–2 不满意), with averages */
export type SatisfactionStats = {
  __typename?: 'SatisfactionStats';
  /** 平均总体满意度 1–5, two decimals; null without visits */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** 分维度平均分: every active dimension (and an archived one with scores), in order */
  dimensions: Array<DimensionAverage>;
  /** 不满意 */
  dissatisfied: Scalars['Int']['output'];
  /** 一般 */
  neutral: Scalars['Int']['output'];
  /** 满意 */
  satisfied: Scalars['Int']['output'];
  /** 满意率: (very satisfied + satisfied) / total, 0–1; null without visits */
  satisfiedRate?: Maybe<Scalars['Float']['output']>;
  /** Recorded visits counted */
  total: Scalars['Int']['output'];
  /** 非常满意 */
  verySatisfied: Scalars['Int']['output'];
};

/** Set (or clear) one sales target */
export type SetSalesTargetInput = {
  /** The amount, 0 or more; null removes the target */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** Month, quarter or year */
  period: SalesPeriod;
  /** First day of the period, e.g. 2026-04-01 for Q2 2026 */
  periodStart: Scalars['LocalDate']['input'];
  /** A person, a team (its manager) or the company */
  subject: TargetSubject;
  /** The salesperson (PERSON) or team leader (TEAM); omit for COMPANY */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Sort direction */
export type SortDirection =
  /** ascending */
  | 'ASC'
  /** descending */
  | 'DESC';

/** What to read. Give the filter that matches `kind` (the same input as that list's query); your data scope always applies on top. */
export type StartBulkExportInput = {
  /** CONTRACTS: as in `contracts` */
  contractFilter?: InputMaybe<ContractFilter>;
  /** CUSTOMERS, CONTACTS, FOLLOW_UPS: which customers (as in `customers`) */
  customerFilter?: InputMaybe<CustomerFilter>;
  /** JSONL (default) or XLSX */
  format?: BulkExportFormat;
  /** INVOICES: as in `invoices` */
  invoiceFilter?: InputMaybe<InvoiceFilter>;
  /** Which records */
  kind: BulkExportKind;
  /** OPPORTUNITIES: as in `opportunities` */
  opportunityFilter?: InputMaybe<OpportunityFilter>;
  /** PAYMENT_PLANS: as in `paymentPlans` */
  paymentPlanFilter?: InputMaybe<PaymentPlanFilter>;
  /** RECEIPTS: as in `receipts` */
  receiptFilter?: InputMaybe<ReceiptFilter>;
};

/** Live updates over graphql-ws on the same /graphql path. */
export type Subscription = {
  __typename?: 'Subscription';
  /** The server time every `intervalSeconds` seconds: a keep-alive that shows the live connection works */
  heartbeat: Scalars['DateTimeISO']['output'];
  /** Each new notification of the signed-in user, as it is created (show it as a toast). Nobody receives another user's. */
  notificationAdded: Notification;
};


/** Live updates over graphql-ws on the same /graphql path. */
export type SubscriptionHeartbeatArgs = {
  intervalSeconds?: Scalars['Int']['input'];
};

/** 标签: a free label on customers, e.g. 老客户, 价格敏感 */
export type Tag = Node & {
  __typename?: 'Tag';
  /** Display colour, e.g. blue or #1677ff */
  color?: Maybe<Scalars['String']['output']>;
  /** When the tag was first used */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** The label (unique, case-insensitive) */
  name: Scalars['String']['output'];
};

/** How a list of tags filters */
export type TagMatch =
  /** has every one of the tags */
  | 'ALL'
  /** has at least one of the tags */
  | 'ANY';

/** Whose sales target */
export type TargetSubject =
  /** 公司: everyone (set by admins) */
  | 'COMPANY'
  /** 个人: one salesperson or manager (their own deals) */
  | 'PERSON'
  /** 团队: a manager and everyone below them at any depth */
  | 'TEAM';

/** 任务: a to-do for one person, optionally about a customer */
export type Task = Node & {
  __typename?: 'Task';
  /** 负责人 */
  assignee: User;
  /** When it was completed or cancelled */
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 完成说明: how it was done, or why it was cancelled */
  completionNote?: Maybe<Scalars['String']['output']>;
  /** When it was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 创建人 */
  creator: User;
  /** The customer it is about; null when you may not read that customer (an assignee outside its scope sees the task, not the customer) */
  customer?: Maybe<Customer>;
  /** Id of the customer the task is about, if any */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** 描述 */
  description?: Maybe<Scalars['String']['output']>;
  /** 截止时间 */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Open and past its due time */
  overdue: Scalars['Boolean']['output'];
  /** 优先级 */
  priority: TaskPriority;
  /** 状态 */
  status: TaskStatus;
  /** 标题 */
  title: Scalars['String']['output'];
  /** When it was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version */
  version: Scalars['Int']['output'];
};

/** A page of tasks, earliest due first */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The items of this page with their cursors */
  edges: Array<TaskEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Task */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Task */
  node: Task;
};

/** Which tasks to list */
export type TaskFilter = {
  /** Only tasks about this customer */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** 我的任务: only tasks assigned to me */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** 已逾期: only open tasks past their due time */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these statuses */
  status?: InputMaybe<Array<TaskStatus>>;
};

/** A new task */
export type TaskInput = {
  /** 负责人 (default: you); an active user */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer it is about (one you may read) */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** 描述 (≤ 5000 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 截止时间 */
  dueAt: Scalars['DateTimeISO']['input'];
  /** 优先级 (default NORMAL) */
  priority?: InputMaybe<TaskPriority>;
  /** 标题 (required, ≤ 100 characters) */
  title: Scalars['String']['input'];
};

/** 优先级 */
export type TaskPriority =
  /** 高 */
  | 'HIGH'
  /** 低 */
  | 'LOW'
  /** 普通 */
  | 'NORMAL'
  /** 紧急 */
  | 'URGENT';

/** 任务状态 */
export type TaskStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 已完成 */
  | 'DONE'
  /** 进行中 */
  | 'OPEN';

/** A customer ranked by amount */
export type TopCustomer = {
  __typename?: 'TopCustomer';
  /** Customer id */
  customerId: Scalars['ID']['output'];
  /** Customer name */
  name: Scalars['String']['output'];
  /** Outstanding today over all its signed contracts */
  outstanding: Scalars['Money']['output'];
  /** Owner name (null = pool) */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** Received in the range */
  receivedAmount: Scalars['Money']['output'];
  /** Signed in the range */
  signedAmount: Scalars['Money']['output'];
};

/** What ranks the top customers */
export type TopCustomersBy =
  /** Amount received in the range (回款金额) */
  | 'RECEIVED'
  /** Amount of contracts signed in the range (签约金额) */
  | 'SIGNED';

/** Changes to a contract: everything while DRAFT; only the number until it is signed */
export type UpdateContractInput = {
  /** 结束日期 (not before the start) */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Lines (replaces all lines); the amount is their sum */
  lines?: InputMaybe<Array<ContractLineInput>>;
  /** 合同编号: leave empty to generate one from the pattern */
  number?: InputMaybe<Scalars['String']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 开始日期 */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 合同名称 (1–100 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a custom field (key and kind are fixed) */
export type UpdateCustomFieldInput = {
  /** Label */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Options (existing values that are no longer options stay until edited) */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Order in forms */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Required */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a customer; omitted fields stay as they are, null clears a field */
export type UpdateCustomerInput = {
  /** 地址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 城市 */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Custom field values by key; validated against the field definitions. On update, keys given replace, null removes. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** 公司邮箱 */
  email?: InputMaybe<Scalars['String']['input']>;
  /** 首次接触日期 */
  firstContactDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 客户等级; setting it by hand pins it against automatic grading */
  grade?: InputMaybe<CustomerGrade>;
  /** Keep the grade as set by hand (true) or let automatic grading manage it (false) */
  gradePinned?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属行业 */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** New full legal name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 省份 */
  province?: InputMaybe<Scalars['String']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 客户来源 */
  source?: InputMaybe<Scalars['String']['input']>;
  /** 客户类型 (WON is set by signing a contract, not by hand) */
  type?: InputMaybe<CustomerType>;
  /** 网址 */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a follow-up record; omitted fields stay */
export type UpdateFollowUpInput = {
  /** 跟进时间 */
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The contact spoken to */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** 跟进内容 */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 客户反馈 */
  feedback?: InputMaybe<Scalars['String']['input']>;
  /** 跟进方式 */
  method?: InputMaybe<FollowUpMethod>;
  /** 下次跟进时间 (null clears it) */
  nextAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 下次跟进计划 */
  nextPlan?: InputMaybe<Scalars['String']['input']>;
  /** The opportunity discussed (of this customer; null unlinks it) */
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  /** Remind before the next follow-up */
  remind?: InputMaybe<Scalars['Boolean']['input']>;
  /** 主题 */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an opportunity; the stage changes only through advanceOpportunity */
export type UpdateOpportunityInput = {
  /** 商机金额 (kept as given: changing the lines does not rewrite it) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 预计成交日期 (null clears it) */
  expectedCloseDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 商机产品: replaces all lines (null or [] removes them) */
  lines?: InputMaybe<Array<OpportunityLineInput>>;
  /** 商机名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 赢率 0–100 */
  winRate?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a payment plan; omitted fields stay */
export type UpdatePaymentPlanInput = {
  /** 计划金额 (not below what was received against it) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 计划收款日期 */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a product; omitted fields stay */
export type UpdateProductInput = {
  /** false retires the product from new contract lines */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 商品编码 */
  code?: InputMaybe<Scalars['String']['input']>;
  /** 标准价格 */
  listPrice?: InputMaybe<Scalars['Money']['input']>;
  /** 商品名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 备注 */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 单位 */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an open task; omitted fields stay */
export type UpdateTaskInput = {
  /** 负责人 */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** 描述 */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 截止时间 */
  dueAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 优先级 */
  priority?: InputMaybe<TaskPriority>;
  /** 标题 */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user; omitted fields stay as they are */
export type UpdateUserInput = {
  /** Sign-in email */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Manager; null removes the manager. Someone below the user cannot become their manager. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Display name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone; null clears it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role */
  role?: InputMaybe<Role>;
};

/** Changes to a webhook endpoint; fields left out stay as they are */
export type UpdateWebhookEndpointInput = {
  /** False pauses the endpoint, true resumes it */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New event list */
  events?: InputMaybe<Array<WebhookEventType>>;
  /** New URL */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** 用户: a person who signs in to Kehu (salesperson, manager, service, admin) */
export type User = Node & {
  __typename?: 'User';
  /** False once deactivated: a deactivated user cannot sign in */
  active: Scalars['Boolean']['output'];
  /** May export customer lists although the role alone may not (granted by an admin) */
  canExport: Scalars['Boolean']['output'];
  /** When the user was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Sign-in email, stored lower-case and unique */
  email: Scalars['String']['output'];
  /** Wrong passwords in the current 15-minute window (visible to admins and the user; null otherwise) */
  failedLoginCount?: Maybe<Scalars['Int']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** The language the user reads Kehu in: zh-CN (the default until they choose, setMyLocale) or en. Notifications (inbox, live, email, robots) and errors use it. */
  locale: Scalars['String']['output'];
  /** Sign-in locked until then after 5 wrong passwords within 15 minutes (visible to admins and the user; null otherwise) */
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The user's manager in the sales hierarchy */
  manager?: Maybe<User>;
  /** True until the user replaces the password an admin gave them */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Display name, e.g. 王磊 */
  name: Scalars['String']['output'];
  /** Mobile or landline number */
  phone?: Maybe<Scalars['String']['output']>;
  /** Role, which decides what the user may do */
  role: Role;
  /** When the user was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version; send it back when updating */
  version: Scalars['Int']['output'];
};

/** A page of users */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page with their cursors */
  edges: Array<UserEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of User */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The User */
  node: User;
};

/** Filters of the user list; all given filters must match */
export type UserFilter = {
  /** Only active (true) or only deactivated (false) users; default both */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these roles */
  roles?: InputMaybe<Array<Role>>;
  /** Name, email or phone contains this text */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this manager and everyone below them (any depth) */
  teamOf?: InputMaybe<Scalars['ID']['input']>;
};

/** 登录记录: one successful sign-in */
export type UserSignIn = {
  __typename?: 'UserSignIn';
  /** When */
  at: Scalars['DateTimeISO']['output'];
  /** Client IP address */
  ip?: Maybe<Scalars['String']['output']>;
  /** First sign-in from this browser or device */
  newDevice: Scalars['Boolean']['output'];
  /** First sign-in from this IP address */
  newIp: Scalars['Boolean']['output'];
  /** Browser / device (User-Agent) */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** Value contribution of a group of customers (a grade or a region) over the 12 months */
export type ValueBucket = {
  __typename?: 'ValueBucket';
  /** Customers with a signed order in the 12 months */
  customers: Scalars['Int']['output'];
  /** The grade, or the province (null = not filled in) */
  key?: Maybe<Scalars['String']['output']>;
  /** Display label in Chinese (未填写 for no province) */
  label: Scalars['String']['output'];
  /** Signed orders (contracts) in the 12 months */
  orders: Scalars['Int']['output'];
  /** Share of the total signed amount in percent, 2 decimals */
  percent: Scalars['Float']['output'];
  /** Signed amount in the 12 months */
  revenue: Scalars['Money']['output'];
};

/** One customer by value (RFM): recency, frequency and 12-month revenue, with its contribution */
export type ValueCustomer = {
  __typename?: 'ValueCustomer';
  /** Running share down the ranking (帕累托), percent, 2 decimals */
  cumulativePercent: Scalars['Float']['output'];
  /** Customer id */
  customerId: Scalars['ID']['output'];
  /** F: signed orders in the 12 months */
  frequency: Scalars['Int']['output'];
  /** Its grade now */
  grade: CustomerGrade;
  /** R: the last signed order (business date) */
  lastOrderDate: Scalars['LocalDate']['output'];
  /** Customer name */
  name: Scalars['String']['output'];
  /** Owner name (null = pool) */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** 价值贡献: share of the total signed amount in percent, 2 decimals */
  percent: Scalars['Float']['output'];
  /** Province */
  province?: Maybe<Scalars['String']['output']>;
  /** R: whole days from the last order to the as-of date */
  recencyDays: Scalars['Int']['output'];
  /** M: signed amount in the 12 months */
  revenue: Scalars['Money']['output'];
};

/** 客户价值 (RFM) and 价值贡献: signed business of the 12 months up to the as-of date, within your data scope */
export type ValueReport = {
  __typename?: 'ValueReport';
  /** The as-of date: the filter's "to" (default today, business time zone) */
  asOf: Scalars['LocalDate']['output'];
  /** By grade, VIP first, every grade present (zeros included) */
  byGrade: Array<ValueBucket>;
  /** By province, largest revenue first */
  byRegion: Array<ValueBucket>;
  /** Customers with a signed order in the window */
  customers: Scalars['Int']['output'];
  /** Signed orders in the window */
  orders: Scalars['Int']['output'];
  /** Signed amount in the window */
  revenue: Scalars['Money']['output'];
  /** The top customers by revenue (then name) */
  top: Array<ValueCustomer>;
  /** The first day of the 12-month window (orders signed after asOf − 12 months) */
  windowFrom: Scalars['LocalDate']['output'];
};

/** 回访: a planned return visit to a customer, and once recorded, how it went */
export type Visit = Node & {
  __typename?: 'Visit';
  /** 后续措施 */
  actions?: Maybe<Scalars['String']['output']>;
  /** 实际回访时间; null while only planned */
  actualAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 附件: the files attached to this Visit, newest first */
  attachments: Array<Attachment>;
  /** 回访内容 */
  content?: Maybe<Scalars['String']['output']>;
  /** When it was planned */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The customer */
  customer: Customer;
  /** 客户反馈 */
  feedback?: Maybe<Scalars['String']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 回访方式 */
  method?: Maybe<VisitMethod>;
  /** 总体满意度 1–5 (5 = 非常满意); null while only planned */
  overallScore?: Maybe<Scalars['Int']['output']>;
  /** 回访负责人 */
  owner: User;
  /** 计划回访时间 */
  plannedAt: Scalars['DateTimeISO']['output'];
  /** 发现的问题 */
  problems?: Maybe<Scalars['String']['output']>;
  /** True once the visit has been recorded */
  recorded: Scalars['Boolean']['output'];
  /**
   * 满意度 (4-level) of the overall score: 5 非常满意, 4 满意, 3 一般, 1–2 不满意
   * @deprecated Use overallScore (1–5)
   */
  satisfaction?: Maybe<Satisfaction>;
  /** 分维度评分: the dimension scores given when recorded, in the dimensions' order */
  scores: Array<VisitScore>;
  /** 回访主题 */
  topic: Scalars['String']['output'];
  /** 回访类型 */
  type: VisitType;
  /** When it was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version */
  version: Scalars['Int']['output'];
};

/** A page of return visits, earliest planned first */
export type VisitConnection = {
  __typename?: 'VisitConnection';
  /** The items of this page with their cursors */
  edges: Array<VisitEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of Visit */
export type VisitEdge = {
  __typename?: 'VisitEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The Visit */
  node: Visit;
};

/** Which visits to list */
export type VisitFilter = {
  /** Only visits to this customer */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** 回访负责人: only visits this user owns */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Planned on or after this time */
  plannedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Planned before this time */
  plannedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only these statuses (any of them) */
  status?: InputMaybe<Array<VisitStatus>>;
};

/** 回访方式 */
export type VisitMethod =
  /** 上门 */
  | 'ON_SITE'
  /** 电话 */
  | 'PHONE'
  /** 视频 */
  | 'VIDEO';

/** A visit's score on one dimension */
export type VisitScore = {
  __typename?: 'VisitScore';
  /** The dimension (possibly archived since) */
  dimension: SatisfactionDimension;
  /** Score 1–5 (5 best) */
  score: Scalars['Int']['output'];
};

/** A score on one dimension */
export type VisitScoreInput = {
  /** Dimension key (an active dimension) */
  dimension: Scalars['String']['input'];
  /** Score 1–5 (5 best) */
  score: Scalars['Int']['input'];
};

/** 回访状态 (business time zone days) */
export type VisitStatus =
  /** 已完成: recorded */
  | 'DONE'
  /** 今日到期: not recorded, planned today */
  | 'DUE'
  /** 已逾期: not recorded, planned before today */
  | 'OVERDUE'
  /** 已计划: not recorded, planned after today */
  | 'PLANNED';

/** 回访类型 */
export type VisitType =
  /** 问题跟进回访 */
  | 'ISSUE'
  /** 新客户回访 */
  | 'NEW_CUSTOMER'
  /** 定期回访 */
  | 'REGULAR';

/** 企业微信群机器人 (WeCom group robot) */
export type WeComChannel = {
  __typename?: 'WeComChannel';
  /** Whether notifications may be posted */
  enabled: Scalars['Boolean']['output'];
  /** Robot webhook URL (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…) */
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

/** WeCom robot settings; omitted fields stay */
export type WeComChannelInput = {
  /** Switch the channel on or off */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Robot webhook URL: https to a public address (plain http and private addresses only for hosts allowed by KEHU_OUTBOUND_ALLOW_HOSTS) */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** One attempt to send a delivery: when, the answer's status code, how long it took, and why it failed */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** Milliseconds until the answer (or the failure); null when unknown (the sender stopped) */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** Why it failed, in our words (never the endpoint's answer) */
  error?: Maybe<Scalars['String']['output']>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** 1 for the first attempt, then 2, 3 … */
  number: Scalars['Int']['output'];
  /** HTTP status of the answer (null: no answer, e.g. a timeout or refused connection) */
  responseCode?: Maybe<Scalars['Int']['output']>;
  /** When it was sent */
  startedAt: Scalars['DateTimeISO']['output'];
  /** True when the endpoint answered 2xx */
  succeeded: Scalars['Boolean']['output'];
};

/** One attempt-tracked delivery of one event to one endpoint */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Every attempt to send it, oldest first: time, status code, duration, error */
  attemptLog: Array<WebhookAttempt>;
  /** How many times it was sent */
  attempts: Scalars['Int']['output'];
  /** When the event happened */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the endpoint accepted it */
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The endpoint it was sent to */
  endpointId: Scalars['ID']['output'];
  /** The event's id: the same for every endpoint and every re-send, for de-duplication */
  eventId: Scalars['ID']['output'];
  /** What happened */
  eventType: WebhookEventType;
  /** Unique id (also sent as the Kehu-Delivery header) */
  id: Scalars['ID']['output'];
  /** When it was last sent */
  lastAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the last attempt failed */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due (pending deliveries) */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The event data, as sent in the body's `data` */
  payload: Scalars['JSONObject']['output'];
  /** The delivery this one re-sends (redeliverWebhook), if any */
  redeliveryOfId?: Maybe<Scalars['ID']['output']>;
  /** HTTP status of the last answer (null: no answer, e.g. a timeout) */
  responseCode?: Maybe<Scalars['Int']['output']>;
  /** Where the delivery stands */
  status: WebhookDeliveryStatus;
};

/** A page of webhook deliveries, newest first */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page with their cursors */
  edges: Array<WebhookDeliveryEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of WebhookDelivery */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery */
  node: WebhookDelivery;
};

/** Which deliveries to list */
export type WebhookDeliveryFilter = {
  /** Only this endpoint's deliveries (endpoint id) */
  endpointId?: InputMaybe<Scalars['String']['input']>;
  /** Only deliveries in this state */
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** Where a webhook delivery stands */
export type WebhookDeliveryStatus =
  /** Never sent: the import that caused it was reverted before it went out */
  | 'CANCELLED'
  /** Retried for a day without a 2xx answer; can be re-sent by hand */
  | 'FAILED'
  /** Waiting to be sent, or to be retried after a failure */
  | 'PENDING'
  /** The endpoint answered 2xx */
  | 'SUCCEEDED';

/** Webhook 端点: an URL Kehu POSTs signed events to */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** False while paused: no new deliveries are created */
  active: Scalars['Boolean']['output'];
  /** When the endpoint was added */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the endpoint is for */
  description?: Maybe<Scalars['String']['output']>;
  /** The events sent to this endpoint */
  events: Array<WebhookEventType>;
  /** Unique id */
  id: Scalars['ID']['output'];
  /** Until when the secret before the last rotation still signs too (a second v1= in Kehu-Signature); null when no overlap */
  previousSecretExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the signing secret was last rotated */
  secretRotatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the endpoint was last changed */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where events are POSTed (https; http only on loopback, for tests) */
  url: Scalars['String']['output'];
  /** Optimistic-locking version; send it back when updating */
  version: Scalars['Int']['output'];
};

/** A page of webhook endpoints, newest first */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The items of this page with their cursors */
  edges: Array<WebhookEndpointEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of WebhookEndpoint */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The WebhookEndpoint */
  node: WebhookEndpoint;
};

/** An event from the event log (kept 30 days): what was sent, or would have been, to subscribed endpoints */
export type WebhookEvent = Node & {
  __typename?: 'WebhookEvent';
  /** When it happened */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The event id (the body's `id` and the Kehu-Event-Id header) */
  id: Scalars['ID']['output'];
  /** The event data, as sent in the body's `data` */
  payload: Scalars['JSONObject']['output'];
  /** What happened */
  type: WebhookEventType;
};

/** A page of events from the event log, newest first */
export type WebhookEventConnection = {
  __typename?: 'WebhookEventConnection';
  /** The items of this page with their cursors */
  edges: Array<WebhookEventEdge>;
  /** Pagination state */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages), with the same filter */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of WebhookEvent */
export type WebhookEventEdge = {
  __typename?: 'WebhookEventEdge';
  /** Opaque cursor of this edge, for `after` */
  cursor: Scalars['String']['output'];
  /** The WebhookEvent */
  node: WebhookEvent;
};

/** An event a webhook endpoint can subscribe to; the payload's `type` is the dotted form (customer.created) */
export type WebhookEventType =
  /** A contact was added to a customer */
  | 'CONTACT_CREATED'
  /** A contact changed */
  | 'CONTACT_UPDATED'
  /** A contract was approved */
  | 'CONTRACT_APPROVED'
  /** A contract was signed */
  | 'CONTRACT_SIGNED'
  /** A customer was claimed from the pool (公海) */
  | 'CUSTOMER_CLAIMED'
  /** A customer was created */
  | 'CUSTOMER_CREATED'
  /** A customer was moved to the recycle bin */
  | 'CUSTOMER_DELETED'
  /** Duplicate customers were merged into a master */
  | 'CUSTOMER_MERGED'
  /** A customer was deleted for good (from the recycle bin, or by reverting the import that created it) */
  | 'CUSTOMER_PURGED'
  /** A customer got a new owner */
  | 'CUSTOMER_REASSIGNED'
  /** A customer was released to the pool (公海) */
  | 'CUSTOMER_RELEASED'
  /** A customer came back from the recycle bin */
  | 'CUSTOMER_RESTORED'
  /** A customer's fields changed */
  | 'CUSTOMER_UPDATED'
  /** A follow-up (跟进记录) was recorded */
  | 'FOLLOW_UP_CREATED'
  /** An import was reverted: its customers are gone or back to their old values; its undelivered events were cancelled */
  | 'IMPORT_REVERTED'
  /** An invoice was issued */
  | 'INVOICE_ISSUED'
  /** An opportunity (商机) was created */
  | 'OPPORTUNITY_CREATED'
  /** An opportunity moved to another stage */
  | 'OPPORTUNITY_STAGE_CHANGED'
  /** A receipt (回款) was recorded */
  | 'RECEIPT_RECORDED'
  /** A task was completed */
  | 'TASK_COMPLETED'
  /** A return visit (回访) was recorded */
  | 'VISIT_RECORDED';
