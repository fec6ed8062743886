import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { invoiceLines, invoices, oneOffCharges, subscriptions } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { addOneOffCharge } from './add-one-off-charge';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

const NOW = new Date('3714-05-10T10:00:00Z');

async function subscribed(clockId: string) {
  const done = await subscribeSimulatedCustomer({ clockId, planId: (await planByCode('trendhouse-monthly')).id, autopay: false });
  if (!done.ok) throw new Error(done.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
  return sub!;
}
const invoicesOf = (customerId: string) => db.select().from(invoices).where(eq(invoices.customerId, customerId));

describe('staff add a one-off charge to a subscription', () => {
  // Without autopay the invoice stays open (e-mailed with its pay link); with it, it is charged after the commit.
  test('it is invoiced at once on its own numbered invoice, VAT by the class chosen; audited; a second submit of the same form charges nothing more', async () => {
    const staff = await createStaffUser('admin');
    const clock = await createTestClock({ name: 'one-off', startAt: new Date('3714-05-01T09:00:00Z') });
    const sub = await subscribed(clock.id);
    const before = await invoicesOf(sub.customerId);
    const ask = {
      key: crypto.randomUUID(),
      customerId: sub.customerId,
      subscriptionId: sub.id,
      description: 'Replacement issue sent by courier',
      amountMinor: 12_000,
      taxClass: 'reduced' as const,
      staffUserId: staff.id,
      now: NOW,
    };
    const added = await addOneOffCharge(ask);
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value).toMatchObject({ totalMinor: 12_000, currency: 'EUR', replayed: false, invoiceNumber: expect.stringMatching(/\d{6}$/) });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, added.value.invoiceId));
    expect(invoice).toMatchObject({ customerId: sub.customerId, subscriptionId: sub.id, term: null, status: 'open', totalMinor: 12_000, issuedAt: NOW, number: added.value.invoiceNumber });
    // The plan's own reduced rate (9 %), rounded once on the line: 12,000 x 9/109 = 990.8.
    expect(await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice!.id))).toEqual([
      expect.objectContaining({ kind: 'one_off', description: ask.description, quantity: 1, amountMinor: 12_000, taxRateBp: 900, taxMinor: 991 }),
    ]);
    expect(await auditEntriesOf('subscription', sub.id)).toEqual([
      expect.objectContaining({ action: 'subscription.one-off-charge', actorUserId: staff.id, after: expect.objectContaining({ amountMinor: 12_000 }) }),
    ]);

    // The same form again (a double click, a resent request), even both at once: the same invoice.
    const again = await Promise.all([addOneOffCharge(ask), addOneOffCharge(ask)]);
    for (const answer of again) expect(answer).toMatchObject({ ok: true, value: { invoiceId: invoice!.id, replayed: true } });
    expect(await invoicesOf(sub.customerId)).toHaveLength(before.length + 1);

    // A new form is a new charge, numbered next in the same series without a gap.
    const second = await addOneOffCharge({ ...ask, key: crypto.randomUUID(), amountMinor: 500 });
    if (!second.ok) throw new Error(second.error.message);
    const [next] = await db.select().from(invoices).where(eq(invoices.id, second.value.invoiceId));
    expect(next).toMatchObject({ seriesId: invoice!.seriesId, sequenceNumber: invoice!.sequenceNumber! + 1 });
  });

  test('an unknown subscription, another customer’s, or an ended one is refused with the field named, and nothing is written', async () => {
    const staff = await createStaffUser('admin');
    const clock = await createTestClock({ name: 'one-off refusals', startAt: new Date('3714-05-01T09:00:00Z') });
    const mine = await subscribed(clock.id);
    const theirs = await subscribed(clock.id);
    const key = crypto.randomUUID();
    const ask = { key, customerId: mine.customerId, subscriptionId: mine.id, description: 'Extra', amountMinor: 100, taxClass: 'standard' as const, staffUserId: staff.id, now: NOW };
    const counts = async () => [(await invoicesOf(mine.customerId)).length, (await invoicesOf(theirs.customerId)).length];
    const was = await counts();
    expect(await addOneOffCharge({ ...ask, subscriptionId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'subscriptionId' } });
    expect(await addOneOffCharge({ ...ask, subscriptionId: theirs.id })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'subscriptionId' } });
    await db.update(subscriptions).set({ status: 'ended', endedAt: NOW }).where(eq(subscriptions.id, mine.id));
    expect(await addOneOffCharge(ask)).toMatchObject({ ok: false, error: { code: 'ended', field: 'subscriptionId' } });
    expect(await counts()).toEqual(was);
    expect(await db.select().from(oneOffCharges).where(eq(oneOffCharges.id, key))).toEqual([]);
    expect(await auditEntriesOf('subscription', mine.id)).toEqual([]);
  });
});
