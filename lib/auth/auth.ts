import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { sendSignInLink } from '@/lib/services/email/send-sign-in-link';
import { signInSchema } from '@/lib/validations/auth';
import { verifyPasswordOrDummy } from './password';
import type { Role } from './permissions';

export type { Role };

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // NOTE: JWT sessions, because the credentials provider cannot use database sessions.
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
  providers: [
    Credentials({
      id: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email)).limit(1);
        if (!(await verifyPasswordOrDummy(parsed.data.password, user?.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
    {
      id: 'email',
      type: 'email',
      name: 'E-mail link',
      maxAge: 60 * 60,
      async sendVerificationRequest({ identifier, url }) {
        await sendSignInLink({ to: identifier, url });
      },
    },
  ],
  callbacks: {
    async signIn({ user, email }) {
      // Links are sent only to people who already have an account (customers register with
      // their invoice address at checkout); an unknown address gets no mail and no account.
      if (email?.verificationRequest) {
        const [known] = await db.select({ id: users.id }).from(users).where(eq(users.email, user.email ?? '')).limit(1);
        return Boolean(known) || '/signin/check-email';
      }
      return true;
    },
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, user.id)).limit(1);
        token.role = row?.role ?? 'customer';
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = (token.role as Role) ?? 'customer';
      return session;
    },
  },
});
