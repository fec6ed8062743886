import { inngest } from '@/inngest/client';
import { kadensEvents, type KadensEvent } from '@/inngest/events';
import { isInngestConfigured } from './inngest-configured';

export type EmitResult =
  | { mode: 'inngest'; ids: string[] }
  | { mode: 'inline'; handlers: number; errors: unknown[] };

/**
 * Emits a domain event after the transaction that caused it has committed.
 *
 * With Inngest configured the event is sent and its functions run there, with retries. Without
 * it (the embedded default) the same handlers run here and now, awaited, so their e-mails are in
 * the outbox when this returns. As with Inngest, a failing handler does not fail the emitter,
 * whose work is already committed: its error is logged and returned, and what it was doing stays
 * visible (a `failed` outbox row) and is retried by emitting the event again or, for e-mail, by
 * retryPendingEmails.
 *
 * Invalid event data is a bug and throws before anything is sent.
 */
export async function emitEvent(event: KadensEvent): Promise<EmitResult> {
  kadensEvents[event.name].schema.parse(event.data);
  if (isInngestConfigured()) {
    const { ids } = await inngest.send({ name: event.name, data: event.data, ...(event.id ? { id: event.id } : {}) });
    return { mode: 'inngest', ids };
  }
  const { runEventInline } = await import('@/inngest/inline');
  const { handlers, errors } = await runEventInline(event);
  for (const error of errors) console.error(`[events] a handler of ${event.name} failed:`, error);
  return { mode: 'inline', handlers, errors };
}
