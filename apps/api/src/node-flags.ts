/**
 * Node flags the API process runs with: npm start and the bench use this list; the Docker image and
 * `npm start -w @kehu/api` repeat it (keep them in step).
 * A larger young generation: a GraphQL request allocates many short-lived objects, and with V8's default
 * 16 MB semi-space the scavenger ran often enough to cost about an eighth of the API's CPU on the customer
 * 360 query; 32 MB took that back for about 40 MB more resident memory.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=32'];
