import type { Tx } from '@/db/client';
import type { DunningStep } from '@/lib/billing/dunning';
import type { EngineContext } from './engine-context';
import type { DueDunning } from './select-due-dunning';

/** The e-mail of a dunning step: reminder, suspension notice, termination warning, termination. */
export async function queueDunningMessage(
  _tx: Tx,
  _input: { row: DueDunning; step: DunningStep; position: number; at: Date; feeMinor: number; ctx: EngineContext },
): Promise<void> {
  // Filled in with the dunning templates' senders.
}
