import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orderLines, plans, type OrderLine, type Plan } from '@/db/schema';

/** An order's lines with the plan of each subscription line, as fulfilment starts them. */
export async function loadOrderLines(tx: Tx, orderId: string): Promise<{ line: OrderLine; plan: Plan | null }[]> {
  return tx
    .select({ line: orderLines, plan: plans })
    .from(orderLines)
    .leftJoin(plans, eq(orderLines.planId, plans.id))
    .where(eq(orderLines.orderId, orderId));
}
