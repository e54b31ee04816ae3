import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { normalizeCompanyName } from '@kehu/domain';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import type { User } from '../users/user.entity';

/** A mobile number no other test customer has (the duplicate check compares phones). */
export const randomMobile = () => `139${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;

/** Test data for the team features, written straight to the database (the API under test reads it back). */
export async function insertCustomer(
  ds: DataSource,
  o: {
    ownerId: string | null;
    name?: string;
    grade?: string;
    type?: string;
    createdAt?: Date;
    assignedAt?: Date | null;
    lastFollowUpAt?: Date | null;
    secret?: string;
  },
): Promise<{ id: string; name: string; contactId: string; followUpId: string | null }> {
  const secret = o.secret ?? randomBytes(4).toString('hex');
  const name = o.name ?? `测试${secret}科技有限公司`;
  const created = o.createdAt ?? new Date();
  const [{ id }] = await ds.query(
    `INSERT INTO customers (name, name_key, grade, type, owner_id, assigned_at, created_at, updated_at, last_follow_up_at, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $5) RETURNING id`,
    [
      name,
      normalizeCompanyName(name),
      o.grade ?? 'NORMAL',
      o.type ?? (o.ownerId ? 'ASSIGNED' : 'PROSPECT'),
      o.ownerId,
      o.assignedAt === undefined ? (o.ownerId ? created : null) : o.assignedAt,
      created,
      o.lastFollowUpAt ?? null,
    ],
  );
  const [{ id: contactId }] = await ds.query(
    `INSERT INTO contacts (customer_id, name, mobile, is_primary) VALUES ($1, $2, $3, true) RETURNING id`,
    [id, `联系人${secret}`, randomMobile()],
  );
  let followUpId: string | null = null;
  if (o.ownerId) {
    [{ id: followUpId }] = await ds.query(
      `INSERT INTO follow_ups (customer_id, author_id, at, method, content) VALUES ($1, $2, $3, 'PHONE', $4) RETURNING id`,
      [id, o.ownerId, o.lastFollowUpAt ?? created, `跟进内容${secret}`],
    );
  }
  return { id, name, contactId, followUpId };
}

/** admin; director → manager → sales1, sales2; service (under director). Returns users and a login helper. */
export async function createTeam(ds: DataSource) {
  const admin = await createUser(ds, { role: 'ADMIN', name: '管理员' });
  const director = await createUser(ds, { role: 'MANAGER', name: '总监' });
  const manager = await createUser(ds, { role: 'MANAGER', name: '经理', managerId: director.id });
  const sales1 = await createUser(ds, { role: 'SALES', name: '销售一', managerId: manager.id });
  const sales2 = await createUser(ds, { role: 'SALES', name: '销售二', managerId: manager.id });
  const service = await createUser(ds, { role: 'SERVICE', name: '客服', managerId: director.id });
  return { admin, director, manager, sales1, sales2, service } satisfies Record<string, User>;
}

export { TEST_PASSWORD };
