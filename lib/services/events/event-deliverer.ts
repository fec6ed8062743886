import type { DomainEventRow } from '@/db/schema';

/** An event claimed for delivery. */
export type PendingEvent = Pick<DomainEventRow, 'id' | 'name' | 'payload' | 'occurredAt' | 'attempts'>;

/**
 * Hands a batch of events to whatever reacts to them (Inngest, or the embedded reactions) and
 * returns the failures by event id; an empty map means all were delivered. A deliverer that
 * throws fails the whole batch.
 */
export type EventDeliverer = (events: PendingEvent[]) => Promise<Map<string, unknown>>;

/** The reason a merchant can read on the dashboard: the database's own, not our SQL. */
export function describeDeliveryError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message;
}
