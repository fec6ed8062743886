import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { orderLines, plans, type OrderLine, type Plan } from '@/db/schema';

/** Built once (db/built-once.ts): every order fulfilled reads it, hundreds in the demo history. */
const linesStatement = builtOnceQuery<{ line: OrderLine; plan: Plan | null }>(() =>
  db
    .select({ line: orderLines, plan: plans })
    .from(orderLines)
    .leftJoin(plans, eq(orderLines.planId, plans.id))
    .where(eq(orderLines.orderId, valueFor(orderLines.orderId, 'orderId'))),
);

/** An order's lines with the plan of each subscription line, as fulfilment starts them. */
export async function loadOrderLines(tx: Tx, orderId: string): Promise<{ line: OrderLine; plan: Plan | null }[]> {
  return linesStatement(tx, { orderId });
}
