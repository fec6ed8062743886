import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices, invoiceSeries } from '@/db/schema';
import { referenceForInvoice } from '@/lib/payments/references/reference-for-invoice';
import { createPayableInvoice } from '@/lib/services/payments/payment-test-fixtures';

/**
 * Migration 0012 computes payment references in SQL for invoices finalized before invoices
 * carried them. It must give exactly the references the app gives new invoices
 * (referenceForInvoice), or a bank transfer for an old invoice would never match.
 */
const MIGRATION = fs.readFileSync(path.join(import.meta.dirname, 'migrations', '0012_backfill_payment_references.sql'), 'utf8');

class RolledBack extends Error {}

const CASES: { currency: string; sequenceNumber: number }[] = [
  ...[1, 2, 9, 10, 42, 1234, 500_001, 98_765_432, 99_999_999].flatMap((n) => [
    { currency: 'NOK', sequenceNumber: n },
    { currency: 'EUR', sequenceNumber: n },
  ]),
  { currency: 'SEK', sequenceNumber: 7_777 },
  { currency: 'DKK', sequenceNumber: 31 },
];

describe('migration 0012: payment references backfilled in SQL', () => {
  test('every finalized invoice without a reference gets the one referenceForInvoice gives; simulations and set ones are left alone', async () => {
    const made: { currency: string; sequenceNumber: number; id: string }[] = [];
    for (const each of CASES) made.push({ ...each, id: (await createPayableInvoice({ currency: each.currency })).invoice.id });
    const simulated = (await createPayableInvoice()).invoice;
    const setByHand = (await createPayableInvoice()).invoice;

    // NOTE: rolled back: the database is shared, and other tests' invoices must stay as they are.
    await expect(
      db.transaction(async (tx) => {
        for (const each of made) {
          await tx.update(invoices).set({ sequenceNumber: each.sequenceNumber, paymentReference: null }).where(eq(invoices.id, each.id));
        }
        const clockSeries = `clock:${randomUUID()}`;
        await tx.insert(invoiceSeries).values({ id: clockSeries, prefix: 'SIM-' });
        await tx.update(invoices).set({ seriesId: clockSeries, paymentReference: null }).where(eq(invoices.id, simulated.id));
        await tx.update(invoices).set({ paymentReference: 'SET-BY-HAND' }).where(eq(invoices.id, setByHand.id));

        await tx.execute(sql.raw(MIGRATION));

        const rows = await tx
          .select({ id: invoices.id, reference: invoices.paymentReference })
          .from(invoices)
          .where(inArray(invoices.id, [...made.map((m) => m.id), simulated.id, setByHand.id]));
        const referenceOf = new Map(rows.map((r) => [r.id, r.reference]));
        for (const each of made) {
          expect(referenceOf.get(each.id), `${each.currency} ${each.sequenceNumber}`).toBe(referenceForInvoice(each).reference);
        }
        expect(referenceOf.get(simulated.id)).toBeNull();
        expect(referenceOf.get(setByHand.id)).toBe('SET-BY-HAND');
        throw new RolledBack();
      }),
    ).rejects.toThrow(RolledBack);
  });
});
