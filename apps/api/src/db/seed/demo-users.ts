import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/password';
import { User } from '../../modules/users/user.entity';
import type { Role } from '../../modules/users/role';

/** Every demo account signs in with this password (README, integrators' examples and our checks rely on it). */
export const DEMO_PASSWORD = 'Kehu@2026!';

export const DEMO_USERS: { key: string; name: string; email: string; phone: string; role: Role; manager?: string }[] = [
  { key: 'admin', name: '陈静', email: 'admin@kehu.demo', phone: '13801000001', role: 'ADMIN' },
  { key: 'director', name: '周建国', email: 'zhou.jianguo@kehu.demo', phone: '13801000002', role: 'MANAGER' },
  { key: 'manager', name: '王磊', email: 'wang.lei@kehu.demo', phone: '13801000003', role: 'MANAGER', manager: 'director' },
  { key: 'sales1', name: '李娜', email: 'li.na@kehu.demo', phone: '13801000004', role: 'SALES', manager: 'manager' },
  { key: 'sales2', name: '张伟', email: 'zhang.wei@kehu.demo', phone: '13801000005', role: 'SALES', manager: 'manager' },
  { key: 'sales3', name: '刘洋', email: 'liu.yang@kehu.demo', phone: '13801000006', role: 'SALES', manager: 'manager' },
  { key: 'service', name: '赵敏', email: 'zhao.min@kehu.demo', phone: '13801000007', role: 'SERVICE', manager: 'director' },
];

/** Creates the demo team and returns the users by key (admin, director, manager, sales1..3, service). */
export async function seedDemoUsers(em: EntityManager): Promise<Record<string, User>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const byKey: Record<string, User> = {};
  for (const u of DEMO_USERS) {
    byKey[u.key] = await em.getRepository(User).save(
      em.getRepository(User).create({
        name: u.name,
        email: u.email,
        phone: u.phone,
        role: u.role,
        managerId: u.manager ? byKey[u.manager].id : null,
        passwordHash,
        mustChangePassword: false,
      }),
    );
  }
  return byKey;
}
