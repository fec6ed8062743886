import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { testClocks, type TestClock } from '@/db/schema';

/** One test clock by id, or null. The id must already be a valid uuid (parse it first). */
export async function getTestClock(id: string): Promise<TestClock | null> {
  const [clock] = await db.select().from(testClocks).where(eq(testClocks.id, id)).limit(1);
  return clock ?? null;
}
