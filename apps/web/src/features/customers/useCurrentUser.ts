'use client';

import type { Role } from '@/gql/schema';
import { useAppSession } from '@/lib/auth/SessionContext';

export interface CurrentUser {
  id: string;
  role: Role;
  name: string;
}

/** The signed-in user from the next-auth session (id for per-user views, role for which actions show). */
export function useCurrentUser(): CurrentUser | null {
  const user = useAppSession()?.user;
  return user ? { id: user.id, role: user.role, name: user.name } : null;
}
