/** Auth.js's session cookie (JWT sessions), plain or split in chunks, on http or https. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/**
 * Whether a Cookie header carries a session at all (valid or not: only Auth.js can tell). Without
 * one, the visitor is nobody: no page needs to ask Auth.js, and the plan page may be the one kept
 * for everyone (proxy.ts).
 */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  return SESSION_COOKIE.test(cookieHeader ?? '');
}
