'use client';

import { useSession } from 'next-auth/react';
import type { Role } from '@/gql/schema';

export interface CurrentUser {
  id: string;
  role: Role;
  name: string;
}

/** The signed-in user from the next-auth session (id for per-user views, role for which actions show). */
export function useCurrentUser(): CurrentUser | null {
  const { data } = useSession();
  const user = data?.user;
  return user ? { id: user.id, role: user.role, name: user.name } : null;
}
