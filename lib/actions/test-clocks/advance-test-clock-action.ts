'use server';

import { revalidatePath } from 'next/cache';
import { formObject, type ActionState } from '@/lib/actions/action-state';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getTestClock } from '@/db/queries/test-clocks/get-test-clock';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { advanceStepSchema, advanceToSchema, stepForward, testClockIdSchema } from '@/lib/validations/test-clocks';

/** What one advance did, for the short report under the controls. */
export type AdvanceReport = {
  from: string;
  to: string;
  /** Where the clock stopped: `to`, or the date a subscription failed at. */
  reachedAt: string;
  /** Engine dates run on the way. */
  steps: number;
  renewals: number;
  dunning: number;
  charges: number;
  failed: { subscriptionId: string; error: string }[];
};

export type AdvanceTestClockState = ActionState & { report?: AdvanceReport };

/**
 * Merchant staff only: moves the clock forward, either by a step (`step`: day … year, from the
 * clock's stored time in its calendar) or to a date-time (`to`), and runs the engine at every date
 * due on the way. The clock's calendar is its own time zone, or the shop's when it has none.
 */
export async function advanceTestClockAction(_prev: AdvanceTestClockState, formData: FormData): Promise<AdvanceTestClockState> {
  const viewer = await getViewer();
  if (!isMerchant(viewer)) return { error: 'Only the shop’s staff can advance test clocks. Sign in again.' };
  const input = formObject(formData);
  const clockId = testClockIdSchema.safeParse(input.clockId);
  const clock = clockId.success ? await getTestClock(clockId.data) : null;
  if (!clock) return { error: 'That test clock does not exist.' };
  const timeZone = clock.timeZone ?? (await getDashboardSettings()).timeZone;

  let to: Date;
  if (input.step !== undefined) {
    const parsed = advanceStepSchema.safeParse(input);
    if (!parsed.success) return { error: parsed.error.issues[0]!.message };
    to = stepForward(clock.frozenTime, parsed.data.step, timeZone);
  } else {
    const parsed = advanceToSchema({ timeZone, clockTime: clock.frozenTime }).safeParse(input);
    // One field: its message is the answer.
    if (!parsed.success) return { error: parsed.error.issues[0]!.message };
    to = parsed.data.to;
  }

  let result: Awaited<ReturnType<typeof advanceTestClock>>;
  try {
    result = await advanceTestClock({ clockId: clock.id, to });
  } catch (error) {
    // Another tab may have moved the clock past `to` since it was read: say so instead of a 500.
    const now = await getTestClock(clock.id);
    if (now && now.frozenTime > to) return { error: 'The clock moved on in the meantime. Reload the page and try again.' };
    throw error;
  }
  revalidatePath(`/dashboard/test-clocks/${clock.id}`);
  return {
    notice: result.failed.length ? undefined : 'Clock advanced.',
    error: result.failed.length
      ? `The engine failed on some subscriptions; the clock stopped at ${result.reachedAt.toISOString()}. See below.`
      : undefined,
    report: { from: clock.frozenTime.toISOString(), to: to.toISOString(), ...result, reachedAt: result.reachedAt.toISOString() },
  };
}
