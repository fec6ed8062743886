import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { sumPaymentsReceivedBetween } from './sum-payments-received-between';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('sumPaymentsReceivedBetween', () => {
  test('sums paid payments settled in [from, to)', async () => {
    const totals = await sumPaymentsReceivedBetween(REAL_TIME, { from: fixture.range.start, to: fixture.range.end });
    // 3200 + 450 (settled exactly at the start); not: last month 100, exactly at the end 200,
    // failed 500, pending 600.
    expect(totals.find((t) => t.currency === fixture.currency)).toEqual({
      currency: fixture.currency,
      amountMinor: 3650,
      paymentCount: 2,
    });
  });

  test('a credit balance used on an invoice is not money received', async () => {
    const [balanceUse] = await db
      .insert(payments)
      .values({
        customerId: fixture.customer.id,
        attempt: 100,
        invoiceId: fixture.invoices.paidInvoice.id,
        provider: 'balance',
        providerPaymentId: `dash-${fixture.tag}-balance`,
        method: 'balance',
        source: 'balance',
        amountMinor: 999,
        currency: fixture.currency,
        status: 'paid',
        settledAt: new Date('2031-05-12T09:00:00Z'),
      })
      .returning();
    try {
      const totals = await sumPaymentsReceivedBetween(REAL_TIME, { from: fixture.range.start, to: fixture.range.end });
      expect(totals.find((t) => t.currency === fixture.currency)).toMatchObject({ amountMinor: 3650, paymentCount: 2 });
    } finally {
      await db.delete(payments).where(eq(payments.id, balanceUse!.id));
    }
  });

  test('a range without our payments does not list our currency', async () => {
    const totals = await sumPaymentsReceivedBetween(REAL_TIME, { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2000-02-01T00:00:00Z') });
    expect(totals.find((t) => t.currency === fixture.currency)).toBeUndefined();
  });
});
