import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { authTokens, type AuthTokenPurpose } from '@/db/schema';
import { hashSecretToken, newSecretToken } from '@/lib/auth/secret-token';

/** How long each kind of link works. A reset is short: it is a password in all but name. */
export const TOKEN_LIFETIME_MINUTES: Record<AuthTokenPurpose, number> = {
  'confirm-email': 24 * 60,
  'reset-password': 60,
  'change-email': 24 * 60,
};

export type IssuedToken = { id: string; token: string; expiresInMinutes: number };

/**
 * A new one-time link for `userId`. Only the latest link of a purpose works: asking again
 * retires the earlier ones, so an old mail lying in an inbox opens nothing.
 */
export async function issueAuthToken(
  tx: DbOrTx,
  input: { userId: string; purpose: AuthTokenPurpose; newEmail?: string; now: Date },
): Promise<IssuedToken> {
  const expiresInMinutes = TOKEN_LIFETIME_MINUTES[input.purpose];
  await tx
    .update(authTokens)
    .set({ usedAt: input.now })
    .where(and(eq(authTokens.userId, input.userId), eq(authTokens.purpose, input.purpose), isNull(authTokens.usedAt)));
  const token = newSecretToken();
  const [row] = await tx
    .insert(authTokens)
    .values({
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashSecretToken(token),
      newEmail: input.newEmail ?? null,
      expiresAt: new Date(input.now.getTime() + expiresInMinutes * 60_000),
    })
    .returning({ id: authTokens.id });
  return { id: row!.id, token, expiresInMinutes };
}
