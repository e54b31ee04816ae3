// The API's password policy, checked as the user types: at least 8 characters with a letter,
// a digit and a special character (anything that is not a letter, digit or space).

export const PASSWORD_MIN_LENGTH = 8;

export interface PasswordPolicyCheck {
  length: boolean;
  letter: boolean;
  digit: boolean;
  special: boolean;
}

export function checkPassword(password: string): PasswordPolicyCheck {
  return {
    length: password.length >= PASSWORD_MIN_LENGTH,
    letter: /[A-Za-z]/.test(password),
    digit: /[0-9]/.test(password),
    special: /[^A-Za-z0-9\s]/.test(password),
  };
}

export function meetsPasswordPolicy(password: string): boolean {
  const c = checkPassword(password);
  return c.length && c.letter && c.digit && c.special;
}
