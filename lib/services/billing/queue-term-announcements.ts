import type { Tx } from '@/db/client';
import type { EngineContext } from './engine-context';
import type { DueRenewal } from './select-due-renewals';

/** The `announce` step: one announcement e-mail per subscription and term (deduplicated). */
export async function queueTermAnnouncements(_tx: Tx, due: DueRenewal[], _ctx: EngineContext): Promise<void> {
  if (due.length === 0) return;
  // Filled in with the term-announcement template's sender.
}
