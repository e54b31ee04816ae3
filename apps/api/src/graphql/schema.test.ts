import { readFileSync } from 'node:fs';
import { getNamedType, isObjectType } from 'graphql';
import { SCHEMA_FILE } from './emit-schema';
import { buildAppSchema, printAppSchema } from './schema';

describe('apps/api/schema.graphql', () => {
  it('matches what the code builds (run `npm run schema:emit -w @kehu/api` after changing the schema)', async () => {
    const built = printAppSchema(await buildAppSchema());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });
});

/**
 * Relay completeness (issue 21): every type with an id is a Node, and every connection pages both ways. The few
 * exceptions say why; a new type or list that misses either fails here.
 */
const NOT_NODES: Record<string, string> = {
  Query: 'root',
  Mutation: 'root',
  ChangeLog: 'a bigint sequence number, not a globally unique id; reached through its customer',
  ExportAuditEntry: 'a bigint sequence number (export_audit); admins read it through exportAudit',
  ExportLink: "its id is the ExportAuditEntry's",
  DeleteTagPayload: "its id is the deleted Tag's",
  DuplicateCandidateOwner: "its id is the owning User's",
  ReceiptReportRow: "its id is the Receipt's (node(id) answers the Receipt)",
  WebhookAttempt: 'not yet: read as part of its delivery (WebhookDelivery.attemptLog)',
  ContractTemplate: 'not yet: admins read templates through contractTemplates',
  ContractReviewComment: 'not yet: read through its contract (Contract.reviewComments)',
};
const FORWARD_ONLY: Record<string, string> = {
  'Customer.followUps': 'nested: one window statement pages every customer of a request at once (follow-up.loaders.ts)',
  'Customer.changeLog': 'nested, newest first by a sequence number (change-log.loaders.ts)',
  'ImportJob.rows': 'rows in file order, paged forward by row number',
  'Query.exportAudit': "admins' audit log",
  'Query.importJobs': "a person's few imports",
  'Query.notificationDeliveries': "admins' delivery log",
  'Query.receiptReport': "a report's detail, read front to back",
  'Query.recycleBin': 'the recycle bin',
  'Query.tasks': 'not yet: its order puts tasks without a due date last',
  'Query.users': 'not yet',
  'Query.visits': 'not yet',
  'Query.webhookDeliveries': 'webhooks (another change)',
  'Query.webhookEndpoints': 'webhooks (another change)',
  'Query.webhookEvents': 'an event log a receiver reads forward from `since` to reconcile',
};

describe('Relay completeness', () => {
  it('every object type with an id implements Node; the main lists accept last/before', async () => {
    const schema = await buildAppSchema();
    const notNodes: string[] = [];
    const forwardOnly: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const fields = type.getFields();
      if (fields.id && !type.getInterfaces().some((i) => i.name === 'Node') && !NOT_NODES[type.name]) notNodes.push(type.name);
      for (const f of Object.values(fields)) {
        if (!getNamedType(f.type).name.endsWith('Connection')) continue;
        const args = f.args.map((a) => a.name);
        if (!(args.includes('last') && args.includes('before')) && !FORWARD_ONLY[`${type.name}.${f.name}`])
          forwardOnly.push(`${type.name}.${f.name}`);
      }
    }
    expect(notNodes).toEqual([]);
    expect(forwardOnly).toEqual([]);
  });
});
