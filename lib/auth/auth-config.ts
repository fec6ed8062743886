import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/db/client';
import { findUserByEmail } from '@/db/queries/auth/find-user-by-email';
import { signsInByLinkOnly } from '@/db/queries/auth/signs-in-by-link-only';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { resetLimit } from '@/lib/rate-limit/consume-limit';
import { claimUnconfirmedAccount } from '@/lib/services/auth/claim-unconfirmed-account';
import { sendSignInLink } from '@/lib/services/email/send-sign-in-link';
import { signInSchema } from '@/lib/validations/auth';
import { afterResponse } from './after-response';
import { verifyPasswordOrDummy } from './password';
import { refreshSessionToken } from './session-token';

/** How long an e-mailed sign-in link works (also said in the e-mail). */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

/**
 * Auth.js's configuration, apart from NextAuth() (lib/auth/auth.ts), so the callbacks can be run
 * through @auth/core in tests exactly as the app runs them.
 */
export const authConfig = {
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // NOTE: JWT sessions, because the credentials provider cannot use database sessions. They are
  // revocable all the same: each carries the user's session version, checked on every request.
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
  providers: [
    Credentials({
      id: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      // NOTE: the limits are counted before this runs, by the sign-in action and by the route
      // (app/api/auth/[...nextauth]), so each attempt counts once whichever way it came; a
      // success clears the address's count (events.signIn), so only failures in a row add up.
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserByEmail(parsed.data.email);
        if (!(await verifyPasswordOrDummy(parsed.data.password, user?.passwordHash))) return null;
        // A customer who chose links only: a leaked password alone does not open the account.
        if (await signsInByLinkOnly(user!.id)) return null;
        return { id: user!.id, email: user!.email, name: user!.name, role: user!.role };
      },
    }),
    {
      id: 'email',
      type: 'email',
      name: 'E-mail link',
      maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
      async sendVerificationRequest({ identifier, url }) {
        // Composed after the answer is sent, so a known address answers as fast as an unknown one.
        afterResponse(() => sendSignInLink({ to: identifier, url }));
      },
    },
  ],
  events: {
    async signIn({ user, account }) {
      if (account?.provider === 'credentials' && user.email) await resetLimit('sign-in-email', user.email);
    },
  },
  callbacks: {
    async signIn({ user, account, email }) {
      // Links are sent only to people who already have an account (customers register with
      // their invoice address at checkout); an unknown address gets no mail and no account.
      if (email?.verificationRequest) {
        return Boolean(await findUserByEmail(user.email ?? '')) || '/signin/check-email';
      }
      // A link opened proves the address. An account registered with a password but never
      // confirmed may have been set up by someone else in the owner's name: its password goes.
      if (account?.type === 'email' && user.id) await claimUnconfirmedAccount(user.id);
      return true;
    },
    async jwt({ token, user }) {
      return refreshSessionToken(token, user?.id);
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role ?? 'customer';
      session.user.customerId = token.customerId ?? null;
      session.user.unconfirmed = token.unconfirmed ?? false;
      return session;
    },
  },
} satisfies NextAuthConfig;
