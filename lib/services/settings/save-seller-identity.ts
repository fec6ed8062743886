import { sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { sellerIdentities } from '@/db/schema';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { BANK_FIELDS, pickSellerIdentity, type SellerIdentityInput } from '@/lib/validations/seller-identity';

export type SaveSellerIdentityActor = {
  staffUserId: string;
  /** Whether this member may change where customers' money goes (the owner: provider-settings:write). */
  mayChangeBankAccount: boolean;
};

/**
 * Saves the shop's legal identity as a new version, in force from now on: documents issued
 * before keep the version they were issued under. Nothing is written when nothing changed.
 * The bank account is where customers pay, so a member who may not change it is refused when
 * the form would change it (a forged form, or a field the page did not offer), with the change
 * and the audit entry written together or not at all.
 */
export async function saveSellerIdentity(
  input: SellerIdentityInput,
  actor: SaveSellerIdentityActor,
  now: Date = new Date(),
): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  return db.transaction(async (tx: Tx) => {
    // NOTE: one save at a time, so two versions never share an instant and "the latest before"
    // stays one row.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('seller_identities'))`);
    const current = await getSellerIdentity(now, tx);
    const bankChanged = BANK_FIELDS.some((field) => (current?.[field] ?? null) !== input[field]);
    if (bankChanged && !actor.mayChangeBankAccount) {
      return err(domainError('bank-account-owner-only', 'Only the owner can change the bank account customers pay to.', 'iban'));
    }
    const before = current ? pickSellerIdentity(current) : null;
    if (before && JSON.stringify(before) === JSON.stringify(pickSellerIdentity(input))) return ok({ changed: false });
    const [saved] = await tx
      .insert(sellerIdentities)
      .values({ ...input, validFrom: now, createdBy: actor.staffUserId })
      .returning({ id: sellerIdentities.id });
    await recordAudit(tx, {
      actorUserId: actor.staffUserId,
      action: 'settings.update',
      record: { type: 'settings', id: `seller-identity/${saved!.id}` },
      before,
      after: pickSellerIdentity(input),
    });
    return ok({ changed: true });
  });
}
