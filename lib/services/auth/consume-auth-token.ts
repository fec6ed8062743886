import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { authTokens, type AuthToken, type AuthTokenPurpose } from '@/db/schema';
import { hashSecretToken } from '@/lib/auth/secret-token';

/**
 * Uses a one-time link: marks it used and returns it, or null when it is unknown, for another
 * purpose, expired or already used.
 *
 * NOTE: one conditional UPDATE, so two requests racing with the same link cannot both win.
 */
export async function consumeAuthToken(tx: DbOrTx, input: { token: string; purpose: AuthTokenPurpose; now: Date }): Promise<AuthToken | null> {
  const [row] = await tx
    .update(authTokens)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(authTokens.tokenHash, hashSecretToken(input.token)),
        eq(authTokens.purpose, input.purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, input.now),
      ),
    )
    .returning();
  return row ?? null;
}
