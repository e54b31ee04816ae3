import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { createTeam, insertCustomer } from '../team/team-fixtures';

let app: TestApp;
let team: Awaited<ReturnType<typeof createTeam>>;
const tokens: Record<string, string> = {};
const DAY = 86400_000;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-02T02:00:00Z' });
  team = await createTeam(app.db.dataSource);
  for (const [key, u] of Object.entries(team)) tokens[key] = await app.login(u.email);
});
afterAll(() => app.close());

const CLAIM = `mutation($id: ID!) { claimCustomer(id: $id) { id owner { id } type } }`;
const RELEASE = `mutation($id: ID!, $r: String!) { releaseCustomer(id: $id, reason: $r) { id owner { id } inPool } }`;
const RULES = `mutation($i: PoolRulesInput!) { updatePoolRules(input: $i) { noFollowUpDays notWonWithinDays maxCustomersPerUser claimCooldownDays grades { grade noFollowUpDays } } }`;
const LOG = `query($id: ID!) { customer(id: $id) { changeLog(first: 20) { edges { node { action note actor { id } changes { field } } } } } }`;

const setRules = (input: Record<string, unknown>) => app.ok(RULES, { i: input }, tokens.admin);
const ownerOf = async (id: string) => (await app.db.dataSource.query(`SELECT owner_id FROM customers WHERE id = $1`, [id]))[0].owner_id;

describe('claiming from the pool', () => {
  beforeEach(() => setRules({ noFollowUpDays: 30, claimCooldownDays: 7 }));

  it('lets exactly one of 20 simultaneous claims win; the others get CONFLICT', async () => {
    const c = await insertCustomer(app.db.dataSource, { ownerId: null });
    const claimers = await Promise.all(Array.from({ length: 20 }, () => createUser(app.db.dataSource, { role: 'SALES' })));
    const claimTokens = await Promise.all(claimers.map((u) => app.login(u.email)));
    const results = await Promise.all(claimTokens.map((t) => app.gql(CLAIM, { id: c.id }, t)));
    const wins = results.filter((r) => !r.errors);
    expect(wins).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const winner = wins[0].data!.claimCustomer;
    expect(winner.type).toBe('ASSIGNED');
    // The losers learn who was faster (a name only, as duplicate checks do).
    const winnerName = claimers.find((u) => u.id === winner.owner.id)!.name;
    expect(results.find((r) => r.errors)!.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_CLAIMED',
      claimedBy: winnerName,
    });
    expect(await ownerOf(c.id)).toBe(winner.owner.id);
    const [{ n }] = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM change_logs WHERE customer_id = $1 AND action = 'CLAIM'`,
      [c.id],
    );
    expect(n).toBe(1);
  });

  it('refuses claiming beyond the per-user cap', async () => {
    const u = await createUser(app.db.dataSource, { role: 'SALES' });
    const t = await app.login(u.email);
    await insertCustomer(app.db.dataSource, { ownerId: u.id });
    const a = await insertCustomer(app.db.dataSource, { ownerId: null });
    const b = await insertCustomer(app.db.dataSource, { ownerId: null });
    await setRules({ noFollowUpDays: 30, maxCustomersPerUser: 2 });
    await app.ok(CLAIM, { id: a.id }, t);
    const refused = await app.gql(CLAIM, { id: b.id }, t);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CUSTOMER_CAP', cap: 2 });
    expect(await ownerOf(b.id)).toBeNull();
  });

  it('makes the releasing user wait out the cool-down; others may claim at once', async () => {
    const c = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id });
    const released = await app.ok(RELEASE, { id: c.id, r: '客户暂无预算' }, tokens.sales1);
    expect(released.releaseCustomer).toMatchObject({ owner: null, inPool: true });

    const again = await app.gql(CLAIM, { id: c.id }, tokens.sales1);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CLAIM_COOLDOWN' });
    app.clock.advanceDays(7);
    app.clock.advance(60_000);
    await app.ok(CLAIM, { id: c.id }, tokens.sales1);
    expect(await ownerOf(c.id)).toBe(team.sales1.id);

    const d = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id });
    await app.ok(RELEASE, { id: d.id, r: '不是目标客户' }, tokens.sales1);
    await app.ok(CLAIM, { id: d.id }, tokens.sales2);
    expect(await ownerOf(d.id)).toBe(team.sales2.id);
  });

  it('records release with its reason in the change log; needs a reason; only the owner or their managers release', async () => {
    const c = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id });
    expect((await app.gql(RELEASE, { id: c.id, r: '  ' }, tokens.sales1)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    // A colleague cannot see it at all; the service role may not release.
    expect((await app.gql(RELEASE, { id: c.id, r: '抢客户' }, tokens.sales2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(RELEASE, { id: c.id, r: '抢客户' }, tokens.service)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The manager two levels up may.
    await app.ok(RELEASE, { id: c.id, r: '长期无进展' }, tokens.director);
    const log = await app.ok(LOG, { id: c.id }, tokens.admin);
    expect(log.customer.changeLog.edges[0].node).toMatchObject({ action: 'RELEASE', note: '长期无进展', actor: { id: team.director.id } });
    const again = await app.gql(RELEASE, { id: c.id, r: '再退' }, tokens.admin);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_POOL' });
  });

  it('lists pool customers for salespeople, not owned ones', async () => {
    const pooled = await insertCustomer(app.db.dataSource, { ownerId: null, grade: 'VIP' });
    const owned = await insertCustomer(app.db.dataSource, { ownerId: team.sales1.id, grade: 'VIP' });
    // ownership is ignored: the pool is always the pool.
    const data = await app.ok(
      `{ poolCustomers(first: 100, filter: { grades: [VIP], ownership: MINE }) { edges { node { id owner { id } } } } }`,
      {},
      tokens.sales1,
    );
    const ids = data.poolCustomers.edges.map((e: any) => e.node.id);
    expect(ids).toContain(pooled.id);
    expect(ids).not.toContain(owned.id);
    expect(data.poolCustomers.edges.every((e: any) => e.node.owner === null)).toBe(true);
  });
});

describe('the reclaim', () => {
  it('reclaims after N days without a follow-up (per grade), not won customers after M days, and previews it first', async () => {
    await app.db.dataSource.query(`UPDATE customers SET deleted_at = now() WHERE owner_id IS NOT NULL`); // a clean slate for the counts
    const now = app.clock.now();
    const ago = (d: number) => new Date(now.getTime() - d * DAY);
    await setRules({
      noFollowUpDays: 30,
      notWonWithinDays: 90,
      grades: [{ grade: 'VIP', noFollowUpDays: 60, notWonWithinDays: null }],
      claimCooldownDays: 7,
    });
    const stale = await insertCustomer(app.db.dataSource, {
      ownerId: team.sales1.id,
      createdAt: ago(100),
      assignedAt: ago(40),
      lastFollowUpAt: ago(28),
    });
    const vip = await insertCustomer(app.db.dataSource, {
      ownerId: team.sales1.id,
      grade: 'VIP',
      createdAt: ago(100),
      assignedAt: ago(50),
      lastFollowUpAt: ago(28),
    });
    const slow = await insertCustomer(app.db.dataSource, {
      ownerId: team.sales2.id,
      createdAt: ago(200),
      assignedAt: ago(89),
      lastFollowUpAt: ago(1),
    });
    const won = await insertCustomer(app.db.dataSource, {
      ownerId: team.sales2.id,
      type: 'WON',
      createdAt: ago(300),
      assignedAt: ago(300),
      lastFollowUpAt: ago(200),
    });
    // Claimed yesterday after a long time in the pool: counts from the claim, not the old follow-up.
    const fresh = await insertCustomer(app.db.dataSource, {
      ownerId: team.sales1.id,
      createdAt: ago(400),
      assignedAt: ago(1),
      lastFollowUpAt: ago(300),
    });

    const PREVIEW = `query($d: Int!) { poolReclaimPreview(days: $d) { customerId rule dueAt reason owner { id } customer { id } } }`;
    const inThree = (await app.ok(PREVIEW, { d: 3 }, tokens.admin)).poolReclaimPreview;
    expect(inThree.map((p: any) => [p.customerId, p.rule])).toEqual([
      [slow.id, 'NOT_WON'],
      [stale.id, 'NO_FOLLOW_UP'],
    ]);
    expect(inThree[1].reason).toContain('连续 30 天未跟进');
    // A salesperson previews only their own customers; the preview changed nothing.
    expect((await app.ok(PREVIEW, { d: 3 }, tokens.sales1)).poolReclaimPreview.map((p: any) => p.customerId)).toEqual([stale.id]);
    expect((await app.ok(PREVIEW, { d: 3 }, tokens.manager)).poolReclaimPreview).toHaveLength(2);
    expect(await ownerOf(stale.id)).toBe(team.sales1.id);
    expect((await app.ok(PREVIEW, { d: 40 }, tokens.admin)).poolReclaimPreview.map((p: any) => p.customerId)).toEqual([
      slow.id,
      stale.id,
      fresh.id,
      vip.id,
    ]);

    expect((await app.ok(`mutation { runPoolReclaim { customerId } }`, {}, tokens.admin)).runPoolReclaim).toEqual([]);
    expect((await app.gql(`mutation { runPoolReclaim { customerId } }`, {}, tokens.manager)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    app.clock.advanceDays(3);
    const ran = (await app.ok(`mutation { runPoolReclaim { customerId rule owner { id } } }`, {}, tokens.admin)).runPoolReclaim;
    expect(ran.map((r: any) => r.customerId).sort()).toEqual([slow.id, stale.id].sort());
    for (const id of [stale.id, slow.id]) expect(await ownerOf(id)).toBeNull();
    for (const c of [vip, won, fresh]) expect(await ownerOf(c.id)).not.toBeNull();

    // Anyone who can see the customer can read why it went back to the pool.
    const log = await app.ok(LOG, { id: stale.id }, tokens.sales2);
    expect(log.customer.changeLog.edges[0].node).toMatchObject({
      action: 'RECLAIM',
      note: expect.stringContaining('30 天未跟进'),
      changes: [{ field: 'ownerId' }, { field: 'type' }], // 分配 goes back to 意向
    });
    // The former owner is in the cool-down for it.
    expect((await app.gql(CLAIM, { id: stale.id }, tokens.sales1)).errors?.[0].extensions?.reason).toBe('CLAIM_COOLDOWN');
    // Running again reclaims nothing more.
    expect((await app.ok(`mutation { runPoolReclaim { customerId } }`, {}, tokens.admin)).runPoolReclaim).toEqual([]);
  });

  it('validates the rules with field-named errors; only admins set them; everyone reads them', async () => {
    const bad = await app.gql(RULES, { i: { noFollowUpDays: 0 } }, tokens.admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.noFollowUpDays' });
    const twice = await app.gql(RULES, { i: { grades: [{ grade: 'VIP' }, { grade: 'VIP' }] } }, tokens.admin);
    expect(twice.errors?.[0].extensions).toMatchObject({ field: 'input.grades.1.grade' });
    expect((await app.gql(RULES, { i: { noFollowUpDays: 10 } }, tokens.manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await setRules({ noFollowUpDays: 45 });
    expect((await app.ok(`{ poolRules { noFollowUpDays notWonWithinDays claimCooldownDays } }`, {}, tokens.sales1)).poolRules).toEqual({
      noFollowUpDays: 45,
      notWonWithinDays: null,
      claimCooldownDays: 7,
    });
  });
});

describe('reassignment', () => {
  const REASSIGN = `mutation($f: ID!, $t: ID!, $c: [ID!]) { reassignCustomers(fromUserId: $f, toUserId: $t, customerIds: $c) { customerIds opportunities contracts tasks } }`;

  it('moves all or chosen customers in one go, logged; managers only within their team', async () => {
    const leaver = await createUser(app.db.dataSource, { role: 'SALES', managerId: team.manager.id });
    const a = await insertCustomer(app.db.dataSource, { ownerId: leaver.id });
    const b = await insertCustomer(app.db.dataSource, { ownerId: leaver.id });
    const c = await insertCustomer(app.db.dataSource, { ownerId: leaver.id });
    const outsider = await createUser(app.db.dataSource, { role: 'SALES' });

    const one = await app.ok(REASSIGN, { f: leaver.id, t: team.sales1.id, c: [a.id] }, tokens.manager);
    expect(one.reassignCustomers.customerIds).toEqual([a.id]);
    expect(await ownerOf(a.id)).toBe(team.sales1.id);

    const notOwned = await app.gql(REASSIGN, { f: leaver.id, t: team.sales1.id, c: [b.id, a.id] }, tokens.manager);
    expect(notOwned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerIds.1' });
    expect(await ownerOf(b.id)).toBe(leaver.id); // nothing moved: one transaction

    const outside = await app.gql(REASSIGN, { f: leaver.id, t: outsider.id }, tokens.manager);
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toUserId' });
    expect((await app.gql(REASSIGN, { f: leaver.id, t: team.sales2.id }, tokens.sales1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const all = await app.ok(REASSIGN, { f: leaver.id, t: team.sales2.id }, tokens.admin);
    expect(all.reassignCustomers.customerIds.sort()).toEqual([b.id, c.id].sort());
    const logs = await app.db.dataSource.query(
      `SELECT customer_id, actor_id, changes FROM change_logs WHERE action = 'OWNER_CHANGE' AND customer_id = ANY($1::uuid[]) ORDER BY id`,
      [[a.id, b.id, c.id]],
    );
    expect(logs).toHaveLength(3);
    expect(logs[2].changes).toEqual([{ field: 'ownerId', before: { value: leaver.id }, after: { value: team.sales2.id } }]);
  });
});
