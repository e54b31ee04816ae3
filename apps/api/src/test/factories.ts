import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { User } from '../modules/users/user.entity';
import type { Role } from '../modules/users/role';

export const TEST_PASSWORD = 'Kehu@2026!';
let cachedHash: Promise<string> | null = null;

/** A user with a unique email and the test password; hashing happens once per file. */
export async function createUser(
  ds: DataSource,
  overrides: Partial<Pick<User, 'name' | 'email' | 'role' | 'managerId' | 'active' | 'mustChangePassword' | 'phone'>> = {},
): Promise<User> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const repo = ds.getRepository(User);
  return repo.save(
    repo.create({
      name: '测试用户',
      email: `user-${randomBytes(5).toString('hex')}@test.kehu`,
      role: 'SALES',
      passwordHash: await cachedHash,
      ...overrides,
    }),
  );
}
