import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';

export type EnabledEndpoint = { id: string; eventTypes: string[]; createdAt: Date };

/** The enabled endpoints while withWebhookEndpointsHeld runs, else null (every call reads them). */
let held: EnabledEndpoint[] | null = null;

/** The endpoints the outgoing webhooks go to: the enabled ones. */
export async function enabledWebhookEndpoints(): Promise<EnabledEndpoint[]> {
  if (held) return held;
  return db
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes, createdAt: webhookEndpoints.createdAt })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.enabled, true));
}

/**
 * Whether no endpoint is enabled, known without a query: only while withWebhookEndpointsHeld
 * runs (false otherwise, when it is not known). Then no delivery can be due.
 */
export function noWebhookEndpointsHeld(): boolean {
  return held !== null && held.length === 0;
}

/**
 * Runs `work` with the enabled endpoints read once, for a batch job during which nobody can add
 * or change one (the demo history, played before the app starts): the relay after each of its
 * thousands of commits would otherwise read them again, and start a delivery run that finds
 * nothing when there are none. Not reentrant: one batch job at a time.
 */
export async function withWebhookEndpointsHeld<T>(work: () => Promise<T>): Promise<T> {
  held = await enabledWebhookEndpoints();
  try {
    return await work();
  } finally {
    held = null;
  }
}
