import { db } from '@/db/client';
import type { ClockScope } from '../clock-scope';
import { loadEngineContext } from '../engine-context';
import { applyOrderDunningBatch } from './apply-order-dunning-batch';
import { selectDueOrderDunning } from './select-due-order-dunning';

/**
 * Every order reminder and lapse due at `now`, in batches until none is left: the Inngest
 * driver's daily step (the embedded tick sweeps the same batches itself, with its retry of one
 * at a time). Answers how many steps were applied. Safe to repeat: each step is claimed by its
 * engine log row, and a locked invoice (another run on it) is skipped, not waited for.
 */
export async function runDueOrderDunning(input: { now: Date; scope: ClockScope; batchSize?: number }): Promise<number> {
  const limit = input.batchSize ?? 500;
  let applied = 0;
  for (;;) {
    const handled = await db.transaction(async (tx) => {
      const due = await selectDueOrderDunning(tx, { now: input.now, scope: input.scope, limit });
      if (due.length > 0) applied += await applyOrderDunningBatch(tx, due, await loadEngineContext(tx, input.scope), input.now);
      return due.length;
    });
    if (handled < limit) return applied;
  }
}
