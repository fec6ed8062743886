/** An absolute link into the app for e-mails, from APP_URL; null when the app's address is unknown. */
export function appUrl(path: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const base = env.APP_URL?.trim() || env.AUTH_URL?.trim();
  return base ? new URL(path, base).toString() : null;
}
