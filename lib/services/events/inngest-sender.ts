import type { Inngest } from 'inngest';
import type { EventDeliverer } from './event-deliverer';

/** The Inngest app id, shared with the functions' client (inngest/client.ts). */
export const INNGEST_APP_ID = 'kadens';

/** The part of an Inngest client the relay uses: the HTTP edge, replaced in tests. */
export type InngestEventSender = { send: (events: { id: string; name: string; data: Record<string, unknown> }[]) => Promise<unknown> };

/**
 * Delivers events to Inngest in one request, each with its row id as the event id, so Inngest
 * drops a repeat of a row the relay had to deliver again. Configured by the environment, like
 * the functions' client (INNGEST_EVENT_KEY, or INNGEST_DEV for the dev server).
 *
 * NOTE: services never import `inngest/` (its functions import services); the relay only needs to
 * send, and this client is all it takes from the Inngest SDK.
 */
export function inngestDeliverer(sender: InngestEventSender): EventDeliverer {
  return async (events) => {
    await sender.send(events.map((event) => ({ id: event.id, name: event.name, data: event.payload as Record<string, unknown> })));
    return new Map();
  };
}

let client: Promise<Inngest> | undefined;

/**
 * The SDK is loaded on the first delivery: every module that records an event reaches this file,
 * and the embedded driver (the default, and every test) never sends to Inngest.
 */
function inngestClient(): Promise<Inngest> {
  return (client ??= import('inngest').then(({ Inngest }) => new Inngest({ id: INNGEST_APP_ID })));
}

export const deliverToInngest: EventDeliverer = async (events) => inngestDeliverer(await inngestClient())(events);
