import { eq, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { invoiceSeries, setupTokens, shopSettings, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import type { SetupInput } from '@/lib/validations/setup';
import { matchesSetupToken, removeSetupTokenFile } from './setup-token';

const WRONG_TOKEN = domainError('setup-token', 'That setup token is not valid. Copy the one the server printed at its last start.', 'token');

const tokenHashes = async (handle: DbOrTx) => (await handle.select({ hash: setupTokens.tokenHash }).from(setupTokens)).map((row) => row.hash);

/**
 * Creates the shop's first owner and its basic settings, once. In one transaction, serialised by
 * a lock on the token table: the token must match one issued at start, no owner may exist yet,
 * and on success every token is deleted, so a token dies when used (a second submit, or a
 * second browser racing the first, finds the shop set up).
 */
export async function completeSetup(
  input: SetupInput,
  options: { now: Date; tokenFile: string },
): Promise<Result<{ userId: string }, DomainErrorShape>> {
  // A wrong token is answered before the (slow, on purpose) password hash is computed.
  if (!matchesSetupToken(input.token, await tokenHashes(db))) return err(WRONG_TOKEN);
  const passwordHash = await hashPassword(input.password);
  const done = await db.transaction(async (tx): Promise<Result<{ userId: string }, DomainErrorShape>> => {
    await tx.execute(sql`lock table ${setupTokens} in exclusive mode`);
    const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'owner')).limit(1);
    if (owner) return err(domainError('setup-done', 'This shop has an owner already: sign in instead.'));
    if (!matchesSetupToken(input.token, await tokenHashes(tx))) return err(WRONG_TOKEN);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (taken) return err(domainError('email-taken', 'There is already an account with this e-mail address: choose another.', 'email'));

    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: 'owner', passwordHash, emailVerified: options.now })
      .returning({ id: users.id });
    const settings = { name: input.shopName, supportEmail: input.email, defaultCurrency: input.currency, timeZone: input.timeZone };
    await tx
      .insert(shopSettings)
      .values({ ...settings, invoiceSeriesId: 'invoice', enabledPaymentMethods: ['card', 'ideal'] })
      .onConflictDoUpdate({ target: shopSettings.id, set: settings });
    // NOTE: a series that already numbered an invoice keeps its prefix: a number once issued
    // never changes. Before setup there are none, so this only matters for a re-run by hand.
    for (const series of [
      { id: 'invoice', prefix: input.invoicePrefix },
      { id: 'credit_note', prefix: `${input.invoicePrefix}CN-` },
    ]) {
      await tx
        .insert(invoiceSeries)
        .values({ ...series, nextNumber: 1 })
        .onConflictDoUpdate({ target: invoiceSeries.id, set: { prefix: series.prefix }, setWhere: eq(invoiceSeries.nextNumber, 1) });
    }
    await tx.delete(setupTokens);
    return ok({ userId: user!.id });
  });
  if (done.ok) removeSetupTokenFile(options.tokenFile);
  return done;
}
