'use server';

import { redirect } from 'next/navigation';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { createTestClockSchema } from '@/lib/validations/test-clocks';

/** Merchant staff only: a new clock, in the shop's time zone or another one; opens its page. */
export const createTestClockAction = merchantAction(
  {
    to: 'create test clocks',
    permission: 'test-clocks:write',
    schema: async () => createTestClockSchema({ timeZone: (await getDashboardSettings()).timeZone, now: new Date() }),
  },
  // Refused only by the form's checks; a new clock opens its page.
  async (input): Promise<ActionState> => {
    const clock = await createTestClock(input);
    redirect(`/dashboard/test-clocks/${clock.id}`);
  },
);
