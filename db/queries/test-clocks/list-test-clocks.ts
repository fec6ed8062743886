import { count, desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, testClocks } from '@/db/schema';

/** One clock as the list shows it; dates as ISO strings. */
export type TestClockListRow = {
  id: string;
  name: string;
  /** The clock's simulated "now". */
  frozenTime: string;
  /** The zone the clock simulates the shop in; null: the shop's own. */
  timeZone: string | null;
  createdAt: string;
  /** Simulated customers created on this clock. */
  customerCount: number;
};

/** Every test clock with its simulated time and number of simulated customers, newest first. */
export async function listTestClocks(): Promise<TestClockListRow[]> {
  const rows = await db
    .select({
      id: testClocks.id,
      name: testClocks.name,
      frozenTime: testClocks.frozenTime,
      timeZone: testClocks.timeZone,
      createdAt: testClocks.createdAt,
      customerCount: count(customers.id),
    })
    .from(testClocks)
    .leftJoin(customers, eq(customers.testClockId, testClocks.id))
    .groupBy(testClocks.id)
    .orderBy(desc(testClocks.createdAt), desc(testClocks.id));
  return rows.map((row) => ({
    ...row,
    frozenTime: row.frozenTime.toISOString(),
    createdAt: row.createdAt.toISOString(),
  }));
}
