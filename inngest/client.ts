import { Inngest } from 'inngest';

/**
 * The app's Inngest client. Configured by the environment: INNGEST_EVENT_KEY and
 * INNGEST_SIGNING_KEY for Inngest Cloud or a self-hosted server, INNGEST_DEV=1 for the dev server
 * (`npx inngest-cli@latest dev`). With none of them set, events run inline (lib/services/events).
 */
export const inngest = new Inngest({ id: 'kadens' });
