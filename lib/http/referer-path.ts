/**
 * The path and query of the page a form was sent from, by its `Referer` (our Referrer-Policy sends
 * the whole address within the site), or null. Only the path is kept: whatever the header says,
 * where it leads stays on this site (pass it through `safeRedirectPath` as any other path).
 */
export function refererPath(referer: string | null | undefined): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
