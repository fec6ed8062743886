import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { coupons, shopSettings } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getShopSettings } from './get-shop-settings';

export type PauseSettings = { customersCanPause: boolean; maxPauseTerms: number; retentionCouponId: string | null };

/**
 * Staff set what customers may do instead of stopping: pause on Min Side (for the whole shop;
 * each customer can also be forbidden), for at most `maxPauseTerms` terms, and the coupon
 * offered to keep a customer who chooses to stop. Audited; unchanged values write nothing.
 */
export async function savePauseSettings(input: PauseSettings & { staffUserId: string }): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  return db.transaction(async (tx) => {
    const before = await getShopSettings(tx);
    if (input.retentionCouponId) {
      const [coupon] = await tx.select({ id: coupons.id }).from(coupons).where(eq(coupons.id, input.retentionCouponId));
      if (!coupon) return err(domainError('not_found', 'That coupon does not exist.', 'retentionCouponId'));
    }
    const after: PauseSettings = { customersCanPause: input.customersCanPause, maxPauseTerms: input.maxPauseTerms, retentionCouponId: input.retentionCouponId };
    const was: PauseSettings = { customersCanPause: before.customersCanPause, maxPauseTerms: before.maxPauseTerms, retentionCouponId: before.retentionCouponId };
    if (JSON.stringify(after) === JSON.stringify(was)) return ok({ changed: false });
    await tx.update(shopSettings).set(after);
    await recordAudit(tx, { actorUserId: input.staffUserId, action: 'settings.update', record: { type: 'settings', id: 'pause-and-retention' }, before: was, after });
    return ok({ changed: true });
  });
}
