import type { AccessExpectation } from './expectations/common';
import { CUSTOMER_MUTATIONS, CUSTOMER_QUERIES } from './expectations/customers';

export type { AccessExpectation, Fixture, Outcome, RoleKey } from './expectations/common';

/**
 * The access expectation of every root operation of the schema, per role, checked by authorization.test.ts.
 * A new Query or Mutation field fails that test until it is listed in the file of its area (./expectations/)
 * and that file is spread in here.
 */
export const QUERY_EXPECTATIONS: Record<string, AccessExpectation> = {
  ...CUSTOMER_QUERIES,
};

export const MUTATION_EXPECTATIONS: Record<string, AccessExpectation> = {
  ...CUSTOMER_MUTATIONS,
};
