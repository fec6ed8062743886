import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { runtimeMode, type Env } from '@/lib/config/runtime-mode';
import { isSwitchOn, SWITCHES } from '@/lib/config/switches';

/**
 * Where outgoing webhooks may go. In production only https, and only to public addresses: a
 * webhook URL is typed by a person and fetched by the server, so without this check it could
 * reach the database, the cloud's metadata service or anything else on the private network (SSRF).
 */
export type AddressPolicy = { requireHttps: boolean; allowPrivate: boolean };

export function addressPolicy(env: Env = process.env): AddressPolicy {
  const production = runtimeMode(env) === 'production';
  const allowPrivate = !production || isSwitchOn(env, SWITCHES.webhooksToPrivateAddresses);
  // A local receiver (allowed private addresses) usually speaks plain http.
  return { requireHttps: production && !allowPrivate, allowPrivate };
}

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64: reaches any IPv4 address
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether `address` is on the public internet (an IPv4-mapped IPv6 address is judged as its IPv4). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPublicAddress(mapped[1]!);
    if (/^::ffff:/i.test(address)) return false; // mapped, written in hex: refuse rather than parse
    return !blocked.check(address, 'ipv6');
  }
  return !blocked.check(address, 'ipv4');
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** The URL's host without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Checks a webhook URL: its form and scheme, then every address its host resolves to (one
 * private address is enough to refuse: a resolver may answer with either). Answers the reason
 * a person can act on, or null when the URL may be used.
 */
export async function refuseWebhookUrl(
  raw: string,
  policy: AddressPolicy = addressPolicy(),
  resolve: Resolver = systemResolver,
  /** What the address is for, in the refusals (the credit check reuses this guard). */
  what = 'webhooks',
): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a full URL, starting with https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https://.';
  if (policy.requireHttps && url.protocol !== 'https:') return `The URL must start with https:// (${what} carry your customers’ data).`;
  if (url.username || url.password) return 'Leave the user name and password out of the URL; every delivery is signed instead.';
  if (policy.allowPrivate) return null;
  const host = hostOf(url);
  if (isIP(host)) return isPublicAddress(host) ? null : `${host} is a private, loopback or reserved address: ${what} only go to the public internet.`;
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    return `${host} could not be found (DNS). Check the host name.`;
  }
  if (addresses.length === 0) return `${host} could not be found (DNS). Check the host name.`;
  const inside = addresses.find((entry) => !isPublicAddress(entry.address));
  return inside ? `${host} resolves to ${inside.address}, a private, loopback or reserved address: ${what} only go to the public internet.` : null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that refuses a host resolving to any non-public address. The
 * check and the connection use the same answer, so a host that resolved to a public address when
 * the endpoint was saved and now resolves to 127.0.0.1 (DNS rebinding) is refused at delivery.
 */
export function guardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        const inside = policy.allowPrivate ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
        if (inside || addresses.length === 0) {
          const error: NodeJS.ErrnoException = new Error(
            inside ? `${hostname} resolves to ${inside.address}, a private, loopback or reserved address: refused.` : `${hostname} could not be found (DNS).`,
          );
          error.code = inside ? 'EADDRNOTPUBLIC' : 'ENOTFOUND';
          callback(error, options.all ? [] : '', 0);
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : '', 0),
    );
  };
}
