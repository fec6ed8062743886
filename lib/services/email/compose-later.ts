import type { DbOrTx } from '@/db/client';
import { bulkInsert } from '@/db/bulk-insert';
import type { TermAnnouncementInput } from './send-term-announcement';

export type ComposeLaterItem = { dedupeKey: string; testClockId: string | null } & (
  | { builder: 'invoice'; input: { invoiceId: string; payUrl?: string | null } }
  | { builder: 'term-announcement'; input: TermAnnouncementInput }
);

/**
 * Records, in the caller's transaction, messages to compose right after it commits: one
 * multi-row insert, deduplicated on the message's own dedupe key (a replayed step adds nothing).
 */
export async function composeLater(db: DbOrTx, items: ComposeLaterItem[]): Promise<void> {
  if (items.length === 0) return;
  await bulkInsert(
    db,
    'email_compose_queue',
    [
      { name: 'dedupe_key', type: 'text', value: (item: ComposeLaterItem) => item.dedupeKey },
      { name: 'builder', type: 'text', value: (item) => item.builder },
      { name: 'input', type: 'jsonb', value: (item) => item.input },
      { name: 'test_clock_id', type: 'uuid', value: (item) => item.testClockId },
    ],
    items,
    { onConflictDoNothing: true },
  );
}
