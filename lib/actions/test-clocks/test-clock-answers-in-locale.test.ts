import { eq } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { plans } from '@/db/schema';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { cookie, viewer } from '@/test/support/staff-request';

vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));

const { createTestClockAction } = await import('./create-test-clock-action');
const { addSimulatedSubscriberAction } = await import('./add-simulated-subscriber-action');
const { advanceTestClockAction } = await import('./advance-test-clock-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const signIn = async (locale: string) => {
  const owner = await createStaffUser('owner');
  viewer.current = { userId: owner.id, email: owner.email, role: 'owner', customerId: null };
  cookie.locale = locale;
};
const monthly = async () => (await db.select().from(plans).where(eq(plans.code, 'trendhouse-monthly')))[0]!;

describe('the test clock forms answer in the staff member’s language', () => {
  test('Dutch: a new clock’s refusals per field, with the limits filled in', async () => {
    await signIn('nl');
    const state = await createTestClockAction({}, form({ name: '', startAt: '2026-02-30T10:00' }));
    expect(state.error).toBe('Verbeter de gemarkeerde velden.');
    expect(state.fieldErrors).toEqual({ name: 'Geef de klok een naam.', startAt: 'Vul een geldige datum en tijd in, zoals 31-01-2026 10:00.' });
    const far = await createTestClockAction({}, form({ name: 'ver', startAt: '2099-01-31T10:00' }));
    expect(far.fieldErrors).toEqual({ startAt: 'Kies een begin dat hoogstens 10 jaar voor of na vandaag ligt.' });
  });

  test('German: advancing backwards or too far is refused; a step is confirmed', async () => {
    await signIn('de');
    const clock = await createTestClock({ name: 'de', startAt: new Date('3970-01-31T09:00:00Z') });
    expect((await advanceTestClockAction({}, form({ clockId: clock.id, to: '3970-01-01T10:00' }))).error).toBe(
      'Wählen Sie eine Zeit nach der aktuellen Zeit der Uhr: Eine Testuhr läuft nur vorwärts.',
    );
    expect((await advanceTestClockAction({}, form({ clockId: clock.id, to: '3990-01-01T10:00' }))).error).toBe(
      'Eine Uhr lässt sich höchstens 10 Jahre auf einmal vorstellen; wählen Sie ein früheres Datum.',
    );
    expect((await advanceTestClockAction({}, form({ clockId: crypto.randomUUID(), step: 'day' }))).error).toBe('Diese Testuhr gibt es nicht.');
    const stepped = await advanceTestClockAction({}, form({ clockId: clock.id, step: 'day' }));
    expect(stepped).toMatchObject({ notice: 'Uhr vorgestellt.', report: { to: '3970-02-01T09:00:00.000Z' } });
  });

  test('Norwegian: a subscriber’s bad quantity, a plan no longer sold and an unknown coupon; one added is confirmed', async () => {
    await signIn('nb');
    const clock = await createTestClock({ name: 'nb', startAt: new Date('3971-03-01T09:00:00Z') });
    const plan = await monthly();
    const bad = await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: plan.id, quantity: '100' }));
    expect(bad).toMatchObject({ error: 'Rett opp feltene som er markert.', fieldErrors: { quantity: 'Antallet kan være høyst 99.' } });
    const gone = await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: crypto.randomUUID(), quantity: '1' }));
    expect(gone.fieldErrors?.planId).toBe('Den planen selges ikke lenger. Last inn siden på nytt og velg en annen.');
    // The checkout's own refusal, as a Norwegian customer reads it at the checkout.
    const coupon = await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: plan.id, quantity: '1', couponCode: 'NOSUCHCODE' }));
    expect(coupon.error).toBe('Vi kjenner ikke koden NOSUCHCODE. Sjekk den for skrivefeil.');
    const added = await addSimulatedSubscriberAction({}, form({ clockId: clock.id, planId: plan.id, quantity: '1' }));
    expect(added.notice).toBe('Simulert abonnent lagt til (får fakturaer på e-post).');
  });
});
