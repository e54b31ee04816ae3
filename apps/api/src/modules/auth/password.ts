import bcrypt from 'bcryptjs';

// bcrypt cost 10: ~70 ms per check in pure JS — slow enough against guessing, fast enough for sign-in.
const COST = 10;

export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/** Compared against when the email is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | null = null;
export const timingSafeMiss = async (plain: string) => {
  dummyHash ??= hashPassword('kehu-no-such-user');
  await bcrypt.compare(plain, await dummyHash);
  return false;
};
