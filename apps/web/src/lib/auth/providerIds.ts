// next-auth provider ids, shared by the server config and the browser (no server imports here).

/** Email + password, checked by the API's `login`. */
export const PASSWORD_PROVIDER = 'credentials';
/** A bearer token the API has just issued (e.g. by changePassword), checked with `me`. */
export const API_TOKEN_PROVIDER = 'api-token';
