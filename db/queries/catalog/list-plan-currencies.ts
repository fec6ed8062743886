import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans } from '@/db/schema';

/** The currencies the shop's plans are priced in, sorted: the fee columns of a new reminder process. */
export async function listPlanCurrencies(): Promise<string[]> {
  const rows = await db.selectDistinct({ currency: plans.currency }).from(plans).orderBy(asc(plans.currency));
  return rows.map((row) => row.currency);
}
