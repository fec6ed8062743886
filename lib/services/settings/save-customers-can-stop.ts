import { db } from '@/db/client';
import { shopSettings } from '@/db/schema';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getShopSettings } from './get-shop-settings';

/**
 * Staff let customers stop their subscriptions on Min Side, or not (for the whole shop; each
 * customer can also be forbidden on their own). Audited; an unchanged value writes nothing.
 */
export async function saveCustomersCanStop(input: { customersCanStop: boolean; staffUserId: string }): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const before = await getShopSettings(tx);
    if (before.customersCanStop === input.customersCanStop) return { changed: false };
    await tx.update(shopSettings).set({ customersCanStop: input.customersCanStop });
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'settings.update',
      record: { type: 'settings', id: 'customers-can-stop' },
      before: { customersCanStop: before.customersCanStop },
      after: { customersCanStop: input.customersCanStop },
    });
    return { changed: true };
  });
}
