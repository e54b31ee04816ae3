/**
 * The error a domain rule raises when it refuses something. `code` is a stable English identifier the API
 * can put in `extensions` and the web can switch on; `message` is the Chinese text shown to the user.
 */
export class DomainRuleError extends Error {
  readonly code: string;
  readonly field?: string;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'DomainRuleError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}

/** A rule violation as plain data, for functions that report instead of throwing. */
export interface RuleViolation {
  code: string;
  message: string;
}
