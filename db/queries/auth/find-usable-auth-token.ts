import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { authTokens, users, type AuthTokenPurpose } from '@/db/schema';
import { hashSecretToken } from '@/lib/auth/secret-token';

export type UsableAuthToken = { userId: string; email: string; hasPassword: boolean; newEmail: string | null; expiresAt: Date };

/**
 * A one-time link that still works (known, for `purpose`, unused, unexpired), with its account;
 * null otherwise. For pages to show the form or say the link is spent; using it is a service's.
 */
export async function findUsableAuthToken(token: string, purpose: AuthTokenPurpose, now = new Date()): Promise<UsableAuthToken | null> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, passwordHash: users.passwordHash, newEmail: authTokens.newEmail, expiresAt: authTokens.expiresAt })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(and(eq(authTokens.tokenHash, hashSecretToken(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  const { passwordHash, ...rest } = row;
  return { ...rest, hasPassword: passwordHash !== null };
}
