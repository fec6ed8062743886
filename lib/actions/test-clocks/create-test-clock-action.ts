'use server';

import { redirect } from 'next/navigation';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { createTestClockSchema } from '@/lib/validations/test-clocks';

/** Merchant staff only: a new clock, in the shop's time zone or another one; opens its page. */
export async function createTestClockAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!isMerchant(viewer)) return { error: 'Only the shop’s staff can create test clocks. Sign in again.' };
  const settings = await getDashboardSettings();
  const parsed = createTestClockSchema({ timeZone: settings.timeZone, now: new Date() }).safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const clock = await createTestClock(parsed.data);
  redirect(`/dashboard/test-clocks/${clock.id}`);
}
