import type { AccessExpectation } from './expectations/common';
import { CUSTOMER_MUTATIONS, CUSTOMER_QUERIES } from './expectations/customers';
import { DEAL_MUTATIONS, DEAL_QUERIES } from './expectations/deals';
import { EXPORT_MUTATIONS, EXPORT_QUERIES } from './expectations/exports';
import { FORECAST_MUTATIONS, FORECAST_QUERIES } from './expectations/forecast';
import { FILE_MUTATIONS, FILE_QUERIES, TEMPLATE_MUTATIONS, TEMPLATE_QUERIES } from './expectations/files';
import { HEALTH_MUTATIONS, HEALTH_QUERIES } from './expectations/health';
import { IMPORT_MUTATIONS, IMPORT_QUERIES } from './expectations/imports';
import { INTEGRATION_MUTATIONS, INTEGRATION_QUERIES } from './expectations/integrations';
import { REPORT_QUERIES } from './expectations/reports';
import { WORK_MUTATIONS, WORK_QUERIES } from './expectations/work';

export type { AccessExpectation, Fixture, Outcome, RoleKey } from './expectations/common';

/**
 * The access expectation of every root operation of the schema, per role, checked by authorization.test.ts.
 * A new Query or Mutation field fails that test until it is listed in the file of its area (./expectations/)
 * and that file is spread in here.
 */
export const QUERY_EXPECTATIONS: Record<string, AccessExpectation> = {
  ...CUSTOMER_QUERIES,
  ...DEAL_QUERIES,
  ...WORK_QUERIES,
  ...INTEGRATION_QUERIES,
  ...REPORT_QUERIES,
  ...EXPORT_QUERIES,
  ...IMPORT_QUERIES,
  ...FILE_QUERIES,
  ...TEMPLATE_QUERIES,
  ...HEALTH_QUERIES,
  ...FORECAST_QUERIES,
};

export const MUTATION_EXPECTATIONS: Record<string, AccessExpectation> = {
  ...CUSTOMER_MUTATIONS,
  ...DEAL_MUTATIONS,
  ...WORK_MUTATIONS,
  ...INTEGRATION_MUTATIONS,
  ...IMPORT_MUTATIONS,
  ...EXPORT_MUTATIONS,
  ...FILE_MUTATIONS,
  ...TEMPLATE_MUTATIONS,
  ...HEALTH_MUTATIONS,
  ...FORECAST_MUTATIONS,
};
