import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { createPayableInvoice } from '@/lib/services/payments/payment-test-fixtures';
import { amountOwedSql } from './amount-owed-sql';

describe('amountOwedSql', () => {
  test.each([
    ['nothing paid', 3200, 0, 0],
    ['part paid, part credited', 3700, 1000, 700],
    ['credited after it was paid in full', 3200, 3200, 1200],
  ])('computes in the database what amountOwed computes: %s', async (_name, totalMinor, amountPaidMinor, creditedMinor) => {
    const { invoice } = await createPayableInvoice({ totalMinor });
    const [row] = await db
      .update(invoices)
      .set({ amountPaidMinor, creditedMinor })
      .where(eq(invoices.id, invoice.id))
      .returning();
    const [computed] = await db.select({ owed: amountOwedSql(invoices) }).from(invoices).where(eq(invoices.id, invoice.id));
    expect(Number(computed!.owed)).toBe(amountOwed(row!));
  });
});
