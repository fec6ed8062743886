import type { DbOrTx } from '@/db/client';
import { emailComposeQueue } from '@/db/schema';
import type { TermAnnouncementInput } from './send-term-announcement';

export type ComposeLaterItem = { dedupeKey: string; testClockId: string | null } & (
  | { builder: 'invoice'; input: { invoiceId: string; payUrl: string | null } }
  | { builder: 'term-announcement'; input: TermAnnouncementInput }
);

/**
 * Records, in the caller's transaction, messages to compose right after it commits: one
 * multi-row insert, deduplicated on the message's own dedupe key (a replayed step adds nothing).
 */
export async function composeLater(db: DbOrTx, items: ComposeLaterItem[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insert(emailComposeQueue)
    .values(
      items.map((item) => ({ dedupeKey: item.dedupeKey, builder: item.builder, input: item.input, testClockId: item.testClockId })),
    )
    .onConflictDoNothing({ target: emailComposeQueue.dedupeKey });
}
