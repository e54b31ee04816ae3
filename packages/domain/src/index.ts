/**
 * @kehu/domain: pure business rules shared by the Kehu API and web app. See README.md for the list.
 */
export * from './errors.js';
export * from './validation.js';
export * from './money.js';
export * from './customer-enums.js';
export * from './opportunity-stage.js';
export * from './contract-status.js';
export * from './contract-number.js';
export * from './amount-in-words.js';
export * from './credit-rating.js';
export * from './labels.js';
export * from './change-words.js';
export * from './grading.js';
export * from './grading-factors.js';
export * from './activity.js';
export * from './lifecycle.js';
export * from './traditional-chars.js';
export * from './name-normalize.js';
export * from './phone.js';
export * from './email.js';
export * from './password-policy.js';
export * from './search-text.js';
export * from './business-time.js';
export * from './permissions.js';
export * from './sales-forecast.js';
export * from './format/people.js';
export * from './messages/index.js';
