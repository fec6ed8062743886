import { Inngest } from 'inngest';
import { INNGEST_APP_ID } from '@/lib/services/events/inngest-sender';

/**
 * The app's Inngest client, for its functions. Configured by the environment: INNGEST_EVENT_KEY
 * and INNGEST_SIGNING_KEY for Inngest Cloud or a self-hosted server, INNGEST_DEV=1 for the dev
 * server (`npx inngest-cli@latest dev`). With none of them set, the embedded sweep and reactions
 * do the work instead (lib/services/events).
 */
export const inngest = new Inngest({ id: INNGEST_APP_ID });
