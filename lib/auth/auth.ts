import NextAuth, { type DefaultSession } from 'next-auth';
import { authConfig } from './auth-config';
import type { Role } from './permissions';

export type { Role };

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; customerId: string | null; unconfirmed: boolean } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
