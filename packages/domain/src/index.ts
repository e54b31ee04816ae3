/**
 * @kehu/domain: pure business rules shared by the Kehu API and web app. See README.md for the list.
 */
export * from './errors';
export * from './validation';
export * from './money';
export * from './customer-enums';
export * from './opportunity-stage';
export * from './contract-status';
export * from './contract-number';
export * from './credit-rating';
export * from './labels';
export * from './grading';
export * from './activity';
export * from './traditional-chars';
export * from './name-normalize';
export * from './phone';
export * from './email';
export * from './password-policy';
export * from './search-text';
export * from './business-time';
export * from './pool-rules';
export * from './permissions';
