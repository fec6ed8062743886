import { db } from '@/db/client';
import { shopSettings } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getShopSettings } from './get-shop-settings';

export type StopNowSettings = {
  customersCanStopNow: boolean;
  earlyExitFee: 'none' | 'fixed' | 'rest_of_commitment';
  earlyExitFeeAmounts: Record<string, number>;
};

/**
 * Staff let customers stop at once on Min Side (the unused part credited), or not, and say what
 * leaving a commitment early costs: nothing allowed, a fixed fee per currency, or the rest of the
 * commitment. Audited; an unchanged setting writes nothing.
 */
export async function saveStopNowSettings(input: StopNowSettings & { staffUserId: string }): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const before = await getShopSettings(tx);
    const was: StopNowSettings = { customersCanStopNow: before.customersCanStopNow, earlyExitFee: before.earlyExitFee, earlyExitFeeAmounts: before.earlyExitFeeAmounts };
    const next: StopNowSettings = { customersCanStopNow: input.customersCanStopNow, earlyExitFee: input.earlyExitFee, earlyExitFeeAmounts: input.earlyExitFeeAmounts };
    if (JSON.stringify(was) === JSON.stringify(next)) return { changed: false };
    await tx.update(shopSettings).set(next);
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'settings.update',
      record: { type: 'settings', id: 'customers-can-stop-now' },
      before: was,
      after: next,
    });
    return { changed: true };
  });
}
