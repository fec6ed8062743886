import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isPublicAddress, systemResolver, type AddressPolicy, type Resolver } from './webhook-address-policy';

export type WebhookResponse = {
  /** The HTTP status; null when no answer came (refused address, DNS, connection, timeout). */
  status: number | null;
  /** The first 1,000 characters of the answer. */
  body: string | null;
  error: string | null;
  latencyMs: number;
  /** From a `Retry-After` header, in milliseconds. */
  retryAfterMs: number | null;
};

const BODY_EXCERPT = 1000;
// NOTE: connections to a receiver are kept open between deliveries (each new one still resolves
// through the address guard): a TCP and TLS handshake per webhook cost more than the request.
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
const MAX_READ = 64 * 1024;

/** `Retry-After` as seconds or an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: Date): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/**
 * POSTs one webhook and reads the start of the answer. Redirects are not followed (a redirect
 * could lead to a private address); the host is resolved through the address guard, so every
 * address is checked again now, not only when the endpoint was saved.
 */
export function postWebhook(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  policy: AddressPolicy;
  resolve?: Resolver;
}): Promise<WebhookResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((settle) => {
    const fail = (error: string) => settle({ status: null, body: null, error, latencyMs: elapsed(), retryAfterMs: null });
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      fail('The endpoint URL is not valid.');
      return;
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(host) && !input.policy.allowPrivate && !isPublicAddress(host)) {
      fail(`${host} is a private, loopback or reserved address: refused.`);
      return;
    }
    if (input.policy.requireHttps && url.protocol !== 'https:') {
      fail('Only https:// endpoints are called in production.');
      return;
    }
    const secure = url.protocol === 'https:';
    const transport = secure ? https : http;
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Kadens-Webhooks/1', ...input.headers, 'content-length': Buffer.byteLength(input.body) },
        lookup: guardedLookup(input.policy, input.resolve ?? systemResolver) as unknown as typeof import('node:dns').lookup,
        timeout: input.timeoutMs,
        agent: secure ? agents.https : agents.http,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          if (read < MAX_READ) chunks.push(chunk);
          read += chunk.length;
        });
        const done = () =>
          settle({
            status: response.statusCode ?? null,
            body: Buffer.concat(chunks).toString('utf8').slice(0, BODY_EXCERPT),
            error: null,
            latencyMs: elapsed(),
            retryAfterMs: retryAfterMs(response.headers['retry-after'], new Date()),
          });
        response.on('end', done);
        response.on('error', done);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${input.timeoutMs / 1000} s.`)));
    request.on('error', (error) => fail(error.message));
    request.end(input.body);
  });
}
