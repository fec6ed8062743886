import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db, type Tx } from '@/db/client';
import { plans } from '@/db/schema';
import { withPreparedStatements } from './prepared-statements';

// A query text of its own (a constant named by the test), so that no other query matches it.
const lookup = (tx: Tx, probe: string) => tx.select({ id: plans.id, probe: sql.raw(`'${probe}'`) }).from(plans).where(eq(plans.code, 'no-such-plan'));

/** The statements the transaction's connection holds prepared that hold the probe. */
async function preparedOnThisConnection(probe: string): Promise<number> {
  return db.transaction(async (tx) => {
    await lookup(tx, probe);
    await lookup(tx, probe); // the second run finds the prepared statement, if there is one
    const rows = await tx.execute<{ n: number }>(sql`select count(*)::int as n from pg_prepared_statements where statement like ${`%'${probe}'%`} and statement not like '%pg_prepared_statements%'`);
    return rows[0]!.n;
  });
}

describe('prepared statements on request', () => {
  test("drizzle's queries are unnamed statements by default", async () => {
    expect(await preparedOnThisConnection('unprepared_probe')).toBe(0);
  });

  test('inside withPreparedStatements they are prepared once and reused, also in a transaction; after it, no longer', async () => {
    expect(await withPreparedStatements(() => preparedOnThisConnection('prepared_probe'))).toBe(1);
    expect(await preparedOnThisConnection('after_probe')).toBe(0);
  });

  test('the flag is lowered when the work fails', async () => {
    await expect(withPreparedStatements(() => Promise.reject(new Error('stop')))).rejects.toThrow('stop');
    expect(await preparedOnThisConnection('after_failure_probe')).toBe(0);
  });
});
