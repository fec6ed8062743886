import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, plans, products, subscriptions, type Subscription } from '@/db/schema';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import type { RecurringIntervalUnit } from './monthly-recurring-minor';

/** One subscription as the subscribers table shows it; plain data, dates as ISO strings. */
export type SubscriberRow = {
  id: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  productName: string;
  planName: string;
  status: Subscription['status'];
  quantity: number;
  currency: string;
  unitPriceMinor: number;
  /** What one term costs: the agreed unit price × quantity. */
  termPriceMinor: number;
  intervalUnit: RecurringIntervalUnit;
  intervalCount: number;
  currentPeriodEnd: string;
  startedAt: string;
  /** The customer stopped it at the end of the term (Min Side): when it ends; null otherwise. */
  stopsAt: string | null;
  /** Why the customer last chose to stop (kept after an undo), and their note. */
  stopReason: string | null;
  stopReasonNote: string | null;
  /** The merchant lets this customer stop their subscriptions on Min Side (customers.can_cancel). */
  customerCanStop: boolean;
  /** Paused, or about to pause at the term's end; when the pause ends by itself (null: when resumed). */
  pausing: boolean;
  pauseResumesAt: string | null;
  /** The merchant lets this customer pause their subscriptions on Min Side (customers.can_pause). */
  customerCanPause: boolean;
};

/** Every subscription of the scope's customers with its customer, product and plan, newest first. */
export async function listSubscribers(scope: ClockScope): Promise<SubscriberRow[]> {
  const rows = await db
    .select({
      id: subscriptions.id,
      customerId: customers.id,
      customerName: customers.name,
      customerEmail: customers.email,
      productName: products.name,
      planName: plans.name,
      status: subscriptions.status,
      quantity: subscriptions.quantity,
      currency: subscriptions.currency,
      unitPriceMinor: subscriptions.unitPriceMinor,
      intervalUnit: plans.intervalUnit,
      intervalCount: plans.intervalCount,
      currentPeriodEnd: subscriptions.currentPeriodEnd,
      startedAt: subscriptions.startedAt,
      cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      stopReason: subscriptions.stopReason,
      stopReasonNote: subscriptions.stopReasonNote,
      customerCanStop: customers.canCancel,
      pauseAtPeriodEnd: subscriptions.pauseAtPeriodEnd,
      pauseResumesAt: subscriptions.pauseResumesAt,
      customerCanPause: customers.canPause,
    })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .innerJoin(products, eq(products.id, plans.productId))
    .where(clockCondition(scope))
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id));
  return rows.map(({ cancelAtPeriodEnd, pauseAtPeriodEnd, pauseResumesAt, ...row }) => ({
    ...row,
    pausing: pauseAtPeriodEnd || row.status === 'paused',
    pauseResumesAt: pauseResumesAt?.toISOString() ?? null,
    stopsAt: cancelAtPeriodEnd && row.status !== 'ended' ? row.currentPeriodEnd.toISOString() : null,
    termPriceMinor: row.unitPriceMinor * row.quantity,
    currentPeriodEnd: row.currentPeriodEnd.toISOString(),
    startedAt: row.startedAt.toISOString(),
  }));
}
