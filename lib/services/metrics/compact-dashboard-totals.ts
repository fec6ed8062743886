import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

/**
 * Folds dashboard_totals into one row per day, scope, currency and figure. Every write statement
 * appends its own delta rows (so that parallel writers never wait on a shared row); the billing
 * sweep folds them, so the dashboard's reads stay a few rows per day.
 * Returns the rows left.
 */
export async function compactDashboardTotals(): Promise<number> {
  await db.execute(sql`select dashboard_totals_compact()`);
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from dashboard_totals`);
  return Number(row?.n ?? 0);
}
