/**
 * True when events should go to an Inngest server: an event key (Inngest Cloud or self-hosted)
 * or INNGEST_DEV (the dev server; `1` or its URL). Otherwise the app runs them in-process.
 */
export function isInngestConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.INNGEST_EVENT_KEY?.trim()) return true;
  const dev = env.INNGEST_DEV?.trim().toLowerCase();
  return Boolean(dev) && dev !== '0' && dev !== 'false';
}
