import { db } from '@/db/client';
import { invoiceSeries, testClocks, type TestClock } from '@/db/schema';
import { clockSeriesId } from '@/lib/services/invoices/series-for';

/** A test clock, with the invoice number series its simulated customers use. */
export async function createTestClock(input: { name: string; startAt: Date }): Promise<TestClock> {
  return db.transaction(async (tx) => {
    const [clock] = await tx.insert(testClocks).values({ name: input.name, frozenTime: input.startAt }).returning();
    await tx.insert(invoiceSeries).values({ id: clockSeriesId(clock!.id), prefix: `SIM-${clock!.id.slice(0, 4).toUpperCase()}-` });
    return clock!;
  });
}
