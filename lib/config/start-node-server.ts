import { announceSetupToken } from '@/lib/services/setup/announce-setup-token';
import { checkStoredWebhookSecrets } from '@/lib/services/webhooks/check-stored-webhook-secrets';
import { enforceSettings } from './enforce-settings';
import { publicOrigin } from './public-origin';
import { runtimeMode } from './runtime-mode';

/**
 * What a Next.js server does before it answers anything (from instrumentation.ts). In production
 * it refuses to start with settings that are missing or wrong: the same check `npm start` runs
 * before it builds, for servers started any other way, and with an encryption key that cannot
 * open the stored webhook secrets. In every mode it pins Auth.js to APP_URL
 * and issues the one-time setup token while the shop has no owner.
 */
export async function startNodeServer(): Promise<void> {
  // `next build` loads the hook too, with NODE_ENV=production and none of the runtime settings.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (runtimeMode() === 'production') {
    try {
      enforceSettings(process.env, 'production');
    } catch (error) {
      // Exit rather than throw: the start must fail, whatever Next.js does with a hook's error.
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
  // Auth.js builds its URLs (e-mailed sign-in links among them) from AUTH_URL when set, and from
  // the request's Host / X-Forwarded-Host otherwise.
  if (!process.env.AUTH_URL?.trim()) process.env.AUTH_URL = publicOrigin();
  // NOTE: in production the server answers nothing before the stored secrets are checked. Under
  // `next dev` the checks only report, so they do not hold the server back: a first `npm run dev`
  // starts it beside the demo's history, and its database connections wait until that is done
  // (db/embedded/held-listener.ts) while the pages compile.
  if (runtimeMode() === 'production') await checkDatabase();
  else void checkDatabase();
}

async function checkDatabase(): Promise<void> {
  // A key that cannot open the stored webhook secrets is a wrong setting, not a bad delivery
  // later: refuse to start in production, say so loudly elsewhere.
  try {
    await checkStoredWebhookSecrets();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if (runtimeMode() === 'production') process.exit(1);
  }
  await announceSetupToken().catch((error: unknown) => console.error('Could not issue a setup token:', error));
}
