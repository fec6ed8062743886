import { db } from '@/db/client';
import { invoiceSeries, testClocks, type TestClock } from '@/db/schema';
import { isValidTimeZone } from '@/lib/billing/time-zone';
import { clockSeriesId } from '@/lib/services/invoices/series-for';

/** A test clock, with the invoice number series its simulated customers use. */
export async function createTestClock(input: { name: string; startAt: Date; timeZone?: string | null }): Promise<TestClock> {
  if (input.timeZone && !isValidTimeZone(input.timeZone)) throw new RangeError(`Unknown time zone "${input.timeZone}"`);
  return db.transaction(async (tx) => {
    const [clock] = await tx
      .insert(testClocks)
      .values({ name: input.name, frozenTime: input.startAt, timeZone: input.timeZone ?? null })
      .returning();
    await tx.insert(invoiceSeries).values({ id: clockSeriesId(clock!.id), prefix: `SIM-${clock!.id.slice(0, 4).toUpperCase()}-` });
    return clock!;
  });
}
