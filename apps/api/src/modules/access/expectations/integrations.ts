import { adminOnly, allOk, ctr, scopedRead, type AccessExpectation } from './common';

/** API keys and webhooks (admins only: `integrations.manage`), and Relay's node(id) / nodes(ids) within the data scope. */
export const INTEGRATION_QUERIES: Record<string, AccessExpectation> = {
  // Every caller may read its own rate-limit bucket (null when limits are off, as in these tests).
  rateLimit: { call: () => ({ query: `{ rateLimit { limit maxQueryCost } }` }), expect: allOk },
  apiKeys: { call: () => ({ query: `{ apiKeys(first: 5) { edges { node { id name } } } }` }), expect: adminOnly },
  webhookEndpoints: { call: () => ({ query: `{ webhookEndpoints(first: 5) { edges { node { id url } } } }` }), expect: adminOnly },
  webhookDeliveries: {
    call: (f) => ({
      query: `query($e: String) { webhookDeliveries(first: 5, filter: { endpointId: $e }) { edges { node { id payload } } } }`,
      variables: { e: f.webhookEndpointId },
    }),
    expect: adminOnly,
  },
  webhookEvents: {
    call: () => ({ query: `{ webhookEvents(since: "2020-01-01T00:00:00Z", first: 5) { edges { node { id type payload } } } }` }),
    expect: adminOnly,
  },
  node: {
    call: (f) => ({ query: `query($id: ID!) { node(id: $id) { id ... on Customer { name } } }`, variables: { id: f.customerId } }),
    expect: scopedRead,
    reveals: true,
  },
  // Every record of the fixture by id: the colleague gets null for each (the owner's notification is null for all but the owner).
  nodes: {
    call: (f) => ({
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { name } ... on Contact { name } ... on FollowUp { content } } }`,
      variables: {
        ids: [
          f.customerId,
          f.contactId,
          f.followUpId,
          f.opportunityId,
          f.signedContractId,
          f.paymentPlanId,
          f.receiptId,
          f.invoiceId,
          f.taskId,
          f.visitId,
          f.notificationId,
        ],
      },
    }),
    expect: scopedRead,
    reveals: true,
  },
};

export const INTEGRATION_MUTATIONS: Record<string, AccessExpectation> = {
  createApiKey: {
    call: (f) => ({
      query: `mutation($o: ID!) { createApiKey(input: { name: "ERP", ownerId: $o, scopes: [CUSTOMERS_READ] }) { apiKey { id } } }`,
      variables: { o: f.users.owner },
    }),
    expect: adminOnly,
  },
  revokeApiKey: {
    call: (f) => ({ query: `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`, variables: { id: f.apiKeyId } }),
    expect: adminOnly,
  },
  // Only queues deliveries in the test (no dispatcher runs), and only for customer.created.
  createWebhookEndpoint: {
    call: () => ({
      query: `mutation($d: String) { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hook", events: [CUSTOMER_CREATED], description: $d }) { endpoint { id } } }`,
      variables: { d: `测试${ctr()}` },
    }),
    expect: adminOnly,
  },
  updateWebhookEndpoint: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateWebhookEndpoint(id: $id, version: 1, input: { description: "改" }) { id } }`,
      variables: { id: f.webhookEndpointId },
    }),
    expect: adminOnly,
  },
  deleteWebhookEndpoint: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, variables: { id: f.webhookEndpointId } }),
    expect: adminOnly,
  },
  rotateWebhookSecret: {
    call: (f) => ({
      query: `mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapHours: 1) { secret endpoint { id previousSecretExpiresAt } } }`,
      variables: { id: f.webhookEndpointId },
    }),
    expect: adminOnly,
  },
  redeliverWebhook: {
    call: (f) => ({
      query: `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id status } }`,
      variables: { id: f.webhookDeliveryId },
    }),
    expect: adminOnly,
  },
};
