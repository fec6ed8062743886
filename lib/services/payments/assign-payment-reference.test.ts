import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices, invoiceSeries } from '@/db/schema';
import { backfillPaymentReferences, paymentReferenceFor } from './assign-payment-reference';
import { createPayableInvoice } from './payment-test-fixtures';

describe('paymentReferenceFor', () => {
  test.each([
    [{ currency: 'EUR', sequenceNumber: 42, seriesId: 'invoice' }, 'RF3400000042'],
    [{ currency: 'NOK', sequenceNumber: 42, seriesId: 'invoice' }, '000000422'],
    [{ currency: 'SEK', sequenceNumber: 1, seriesId: 'invoice' }, 'RF7400000001'],
    // A simulation's series repeats the shop's numbers: no reference a real payment could match.
    [{ currency: 'EUR', sequenceNumber: 42, seriesId: 'clock:0b7c1e6e-1f1a-4d4e-9d55-0d8a1f0e7a11' }, null],
    [{ currency: 'EUR', sequenceNumber: null, seriesId: null }, null],
  ])('%j -> %s', (invoice, expected) => {
    expect(paymentReferenceFor(invoice)).toBe(expected);
  });
});

class RolledBack extends Error {}

describe('backfillPaymentReferences', () => {
  test('fills finalized invoices without a reference, never a simulation’s, and leaves set ones alone', async () => {
    const missing = await createPayableInvoice();
    await db.update(invoices).set({ paymentReference: null }).where(eq(invoices.id, missing.invoice.id));
    const clockSeries = `clock:${randomUUID()}`;
    await db.insert(invoiceSeries).values({ id: clockSeries, prefix: 'SIM-' });
    const simulated = await createPayableInvoice();
    await db
      .update(invoices)
      .set({ seriesId: clockSeries, paymentReference: null })
      .where(eq(invoices.id, simulated.invoice.id));

    // NOTE: rolled back: the database is shared, and other tests' invoices must stay as they are.
    await expect(
      db.transaction(async (tx) => {
        expect(await backfillPaymentReferences(tx)).toBeGreaterThanOrEqual(1);
        const reference = async (id: string) =>
          (await tx.select({ r: invoices.paymentReference }).from(invoices).where(eq(invoices.id, id)))[0]!.r;
        expect(await reference(missing.invoice.id)).toBe(missing.invoice.paymentReference);
        expect(await reference(simulated.invoice.id)).toBeNull();
        // Only empty references are filled: one set meanwhile is left alone.
        await tx.update(invoices).set({ paymentReference: 'SET-BY-HAND' }).where(eq(invoices.id, missing.invoice.id));
        await backfillPaymentReferences(tx);
        expect(await reference(missing.invoice.id)).toBe('SET-BY-HAND');
        throw new RolledBack();
      }),
    ).rejects.toThrow(RolledBack);
  });
});
