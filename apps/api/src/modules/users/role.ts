import { registerEnumType } from 'type-graphql';

/** What a user is allowed to do is decided by their role (see modules/access/permissions.ts). */
export const Role = {
  ADMIN: 'ADMIN',
  MANAGER: 'MANAGER',
  SALES: 'SALES',
  SERVICE: 'SERVICE',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

registerEnumType(Role, {
  name: 'Role',
  description: "A user's role: what they may do in Kehu",
  valuesConfig: {
    ADMIN: { description: '管理员: everything, settings and users' },
    MANAGER: { description: "销售经理: their team's data, approves contracts, reassigns within the team" },
    SALES: { description: '销售: their own customers and everything under them' },
    SERVICE: { description: '客服: reads customers and follow-ups, records return visits' },
  },
});
