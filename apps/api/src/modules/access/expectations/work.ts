import { adminOnly, allOk, ownOnly, scopedRead, type AccessExpectation, type Outcome, type RoleKey } from './common';

/**
 * Tasks, return visits, notifications, reminder settings and notification channels.
 * A task is seen by whoever reads its customer (and its assignee and creator with their managers); it is changed
 * only by its assignee, its creator or an admin. A return visit is planned by anyone who reads the customer and
 * recorded by its owner (here `service`), an editor of the customer or an admin. Inboxes are strictly personal.
 */

/** Changing the owner's task: the director and service staff see it, but only assignee, creator or admin change it. */
const taskChange: Record<RoleKey, Outcome> = { admin: 'ok', director: 'FORBIDDEN', sales: 'denied', service: 'FORBIDDEN' };

/** Recording the visit planned for `service`: its owner, the director (edits the customer) and admins; never the colleague. */
const visitRecord: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'denied', service: 'ok' };

const T = `id title customer { name }`;

export const WORK_QUERIES: Record<string, AccessExpectation> = {
  // The colleague lists the task the owner gave them, but its customer stays null for them.
  tasks: {
    call: (f) => ({
      query: `query($c: ID) { tasks(first: 20, filter: { customerId: $c }) { edges { node { ${T} } } } }`,
      variables: { c: f.customerId },
    }),
    expect: { ...scopedRead, sales: 'scoped' },
    reveals: true,
  },
  task: {
    call: (f) => ({ query: `query($id: ID!) { task(id: $id) { ${T} } }`, variables: { id: f.taskId } }),
    expect: scopedRead,
    reveals: true,
  },
  // The list across customers: the colleague gets an empty list for the owner's customer.
  visits: {
    call: (f) => ({
      query: `query($c: ID) { visits(first: 20, filter: { customerId: $c }) { edges { node { id topic customer { name } } } } }`,
      variables: { c: f.customerId },
    }),
    expect: scopedRead,
    reveals: true,
  },
  visitSatisfaction: {
    call: () => ({ query: `{ visitSatisfaction { total satisfiedRate averageScore dimensions { dimension { key } average } } }` }),
    expect: allOk,
  },
  satisfactionDimensions: { call: () => ({ query: `{ satisfactionDimensions { key nameZh active } }` }), expect: allOk },
  notifications: { call: () => ({ query: `{ notifications(first: 100) { edges { node { id title body } } } }` }), expect: ownOnly },
  unreadNotificationCount: { call: () => ({ query: `{ unreadNotificationCount }` }), expect: allOk },
  reminderSettings: { call: () => ({ query: `{ reminderSettings { kind enabled } }` }), expect: adminOnly },
  notificationChannels: { call: () => ({ query: `{ notificationChannels { email { enabled } } }` }), expect: adminOnly },
  notificationDeliveries: {
    call: () => ({ query: `{ notificationDeliveries(first: 5, status: FAILED) { edges { node { id status } } } }` }),
    expect: adminOnly,
  },
};

export const WORK_MUTATIONS: Record<string, AccessExpectation> = {
  // Anyone may create tasks, but a task about a customer needs that customer to be readable.
  createTask: {
    call: (f) => ({
      query: `mutation($c: ID!, $d: DateTimeISO!) { createTask(input: { title: "回电", customerId: $c, dueAt: $d }) { ${T} } }`,
      variables: { c: f.customerId, d: new Date(Date.now() + 86400_000).toISOString() },
    }),
    expect: scopedRead,
    reveals: true,
  },
  updateTask: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateTask(id: $id, version: 1, input: { priority: HIGH }) { ${T} } }`,
      variables: { id: f.taskId },
    }),
    expect: taskChange,
    reveals: true,
  },
  completeTask: {
    call: (f) => ({
      query: `mutation($id: ID!) { completeTask(id: $id, version: 1, note: "已完成") { ${T} } }`,
      variables: { id: f.taskId },
    }),
    expect: taskChange,
    reveals: true,
  },
  cancelTask: {
    call: (f) => ({
      query: `mutation($id: ID!) { cancelTask(id: $id, version: 1, note: "不需要了") { ${T} } }`,
      variables: { id: f.taskId },
    }),
    expect: taskChange,
    reveals: true,
  },
  planVisit: {
    call: (f) => ({
      query: `mutation($c: ID!, $d: DateTimeISO!) { planVisit(customerId: $c, input: { type: REGULAR, plannedAt: $d, topic: "季度回访" }) { id customer { name } } }`,
      variables: { c: f.customerId, d: new Date(Date.now() + 86400_000).toISOString() },
    }),
    expect: scopedRead,
    reveals: true,
  },
  recordVisit: {
    call: (f) => ({
      query: `mutation($id: ID!) { recordVisit(id: $id, version: 1, input: { method: PHONE, overallScore: 4, scores: [{ dimension: "QUALITY", score: 5 }], content: "客户满意" }) { id topic recorded overallScore scores { dimension { key } score } } }`,
      variables: { id: f.visitId },
    }),
    expect: visitRecord,
    reveals: true,
  },
  // Rewrites the list with the defaults: the same dimensions afterwards.
  updateSatisfactionDimensions: {
    call: () => ({
      query: `mutation { updateSatisfactionDimensions(input: [{ key: "QUALITY", nameZh: "产品质量", nameEn: "Product quality" },
        { key: "SERVICE", nameZh: "服务态度", nameEn: "Service attitude" }, { key: "RESPONSE", nameZh: "响应速度", nameEn: "Responsiveness" },
        { key: "DELIVERY", nameZh: "交付及时", nameEn: "On-time delivery" }]) { key active } }`,
    }),
    expect: adminOnly,
  },
  // Someone else's notification is never touched, nor shown: the call succeeds on your own inbox only.
  markNotificationsRead: {
    call: (f) => ({
      query: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { updated ids } }`,
      variables: { ids: [f.notificationId] },
    }),
    expect: ownOnly,
  },
  updateReminderSetting: {
    call: () => ({ query: `mutation { updateReminderSetting(kind: TASK_DUE, input: { enabled: true }) { kind enabled } }` }),
    expect: adminOnly,
  },
  runReminderScans: { call: () => ({ query: `mutation { runReminderScans(kinds: [TASK_DUE]) { kind created } }` }), expect: adminOnly },
  updateNotificationChannels: {
    call: () => ({ query: `mutation { updateNotificationChannels(input: { weCom: { enabled: false } }) { weCom { enabled } } }` }),
    expect: adminOnly,
  },
  // Nothing is configured in the fixture: an admin gets ok false (no robot address), everyone else FORBIDDEN.
  testNotificationChannel: {
    call: () => ({ query: `mutation { testNotificationChannel(channel: WECOM) { channel ok error } }` }),
    expect: adminOnly,
  },
  retryNotificationDelivery: {
    call: (f) => ({
      query: `mutation($id: ID!) { retryNotificationDelivery(id: $id) { id status } }`,
      variables: { id: f.notificationDeliveryId },
    }),
    expect: adminOnly,
  },
};
