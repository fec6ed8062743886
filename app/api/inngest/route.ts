import { serve } from 'inngest/next';
import { functions } from '@/inngest';
import { inngest } from '@/inngest/client';

/** Inngest calls this endpoint to discover (PUT) and run (POST) the app's functions. */
export const { GET, POST, PUT } = serve({ client: inngest, functions });
