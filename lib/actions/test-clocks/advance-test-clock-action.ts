'use server';

import { z } from 'zod';
import { formatDate } from '@/components/dashboard/format-date';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getTestClock } from '@/db/queries/test-clocks/get-test-clock';
import type { ActionState } from '@/lib/actions/action-state';
import { requestLocale } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
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
export const advanceTestClockAction = merchantAction(
  {
    to: 'advance test clocks',
    permission: 'test-clocks:write',
    schema: z.object({ clockId: testClockIdSchema }),
    invalid: 'first',
    revalidate: ({ clockId }) => [`/dashboard/test-clocks/${clockId}`],
  },
  async ({ clockId }, { values }): Promise<AdvanceTestClockState> => {
    const clock = await getTestClock(clockId);
    if (!clock) return { error: manageCode('clockMissing') };
    const timeZone = clock.timeZone ?? (await getDashboardSettings()).timeZone;

    // One field: its message (a dashboard.manage.messages code) is the answer.
    const parsed =
      values.step !== undefined
        ? advanceStepSchema.transform(({ step }) => stepForward(clock.frozenTime, step, timeZone)).safeParse(values)
        : advanceToSchema({ timeZone, clockTime: clock.frozenTime }).transform(({ to }) => to).safeParse(values);
    if (!parsed.success) return { error: parsed.error.issues[0]!.message };
    const to = parsed.data;

    let result: Awaited<ReturnType<typeof advanceTestClock>>;
    try {
      result = await advanceTestClock({ clockId: clock.id, to });
    } catch (error) {
      // Another tab may have moved the clock past `to` since it was read: say so instead of a 500.
      const now = await getTestClock(clock.id);
      if (now && now.frozenTime > to) return { error: manageCode('clockMovedOn') };
      throw error;
    }
    return {
      notice: result.failed.length ? undefined : manageCode('clockAdvanced'),
      // Where the clock stopped, as the page shows the clock's time: in its zone, written the staff member's way.
      error: result.failed.length
        ? manageMessage('clockStoppedOnFailure', {
            at: formatDate(result.reachedAt.toISOString(), timeZone, { time: true, locale: await requestLocale() }),
          })
        : undefined,
      report: { from: clock.frozenTime.toISOString(), to: to.toISOString(), ...result, reachedAt: result.reachedAt.toISOString() },
    };
  },
);
