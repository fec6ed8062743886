import { db } from '@/db/client';
import { testClocks, type TestClock } from '@/db/schema';

export async function createTestClock(input: { name: string; startAt: Date }): Promise<TestClock> {
  const [clock] = await db.insert(testClocks).values({ name: input.name, frozenTime: input.startAt }).returning();
  return clock!;
}
