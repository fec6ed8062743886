/** Only same-site paths: a `callbackUrl` must never send someone to another site. */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback;
  }
  return value.slice(0, 500);
}
