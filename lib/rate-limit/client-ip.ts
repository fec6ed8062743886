/**
 * The address of whoever sent the request, for limits by IP.
 *
 * Next.js gives handlers no socket address: it only fills `X-Forwarded-For` with it when the
 * request has none. So the header is read from the right, skipping the entries our own reverse
 * proxies appended: `KADENS_TRUSTED_PROXIES` is how many there are in front of the app (each
 * appends the address it was reached from). Anything further left was written by the client
 * and is never used. With 0 (the default, no proxy) the last entry is used; a client that sends
 * its own header can then choose its address, which only the limits by address still stop.
 */
export function clientIp(headers: Headers, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const hops = trustedProxies(env);
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return 'unknown';
  // Fewer entries than proxies: the request did not come through all of them; the first is
  // the closest thing to the sender there is.
  const index = Math.max(chain.length - Math.max(hops, 1), 0);
  return chain[index]!;
}

function trustedProxies(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.KADENS_TRUSTED_PROXIES?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0) throw new Error(`KADENS_TRUSTED_PROXIES must be a whole number of proxies, not "${raw}".`);
  return hops;
}
