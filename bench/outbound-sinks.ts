/**
 * The receivers of bench:outbound, in a process of their own (so they do not share the sender's
 * event loop): `npx tsx bench/outbound-sinks.ts <json: { secrets: string[], resendPerSecond }>`.
 *
 * - A Resend-compatible sink: POST /emails/batch (at most 100 messages, `x-batch-validation`,
 *   answers `{ data: [{ id }], errors: [] }`) and POST /emails (`{ id }`), with Resend's
 *   `Idempotency-Key` replay and its rate limit (429 `rate_limit_exceeded` with `retry-after`,
 *   Resend's error body). It counts messages by recipient and subject.
 * - Webhook receivers at /hook/<i>: each verifies every signature with the Standard Webhooks
 *   library (secret i) and counts deliveries by `webhook-id`.
 *
 * Prints one JSON line with the ports; GET /stats answers the counts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

const config = JSON.parse(process.argv[2] ?? '{}') as { secrets: string[]; resendPerSecond: number };
const verifiers = config.secrets.map((s) => new Webhook(s));

const mail = { messages: new Set<string>(), duplicates: 0, requests: 0, limited: 0, batches: 0 };
const hooks = { ids: new Set<string>(), duplicates: 0, badSignatures: 0 };
const replies = new Map<string, string>();
let nextId = 0;
// Resend's limit, per second (a fixed window, as a team's limit behaves).
let window = { second: 0, used: 0 };

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(text);
}

function record(message: { to: string[] | string; subject: string }) {
  const key = `${([] as string[]).concat(message.to).join(',')}|${message.subject}`;
  if (mail.messages.has(key)) mail.duplicates += 1;
  else mail.messages.add(key);
  nextId += 1;
  return { id: `sink-${nextId}` };
}

const server = http.createServer(async (request, response) => {
  const body = await readBody(request);
  const url = request.url ?? '/';
  if (request.method === 'GET' && url === '/stats') {
    send(response, 200, { mail: { ...mail, messages: mail.messages.size }, hooks: { ...hooks, ids: hooks.ids.size } });
    return;
  }
  if (url.startsWith('/hook/')) {
    const verifier = verifiers[Number(url.slice('/hook/'.length))];
    try {
      verifier!.verify(body, {
        'webhook-id': String(request.headers['webhook-id']),
        'webhook-timestamp': String(request.headers['webhook-timestamp']),
        'webhook-signature': String(request.headers['webhook-signature']),
      });
    } catch {
      hooks.badSignatures += 1;
      send(response, 400, { error: 'bad signature' });
      return;
    }
    const id = `${url}|${request.headers['webhook-id']}`;
    if (hooks.ids.has(id)) hooks.duplicates += 1;
    else hooks.ids.add(id);
    send(response, 200, { ok: true });
    return;
  }
  if (request.method === 'POST' && (url === '/emails/batch' || url === '/emails')) {
    mail.requests += 1;
    const second = Math.floor(Date.now() / 1000);
    if (window.second !== second) window = { second, used: 0 };
    if (++window.used > config.resendPerSecond) {
      mail.limited += 1;
      send(response, 429, { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' }, { 'retry-after': '1' });
      return;
    }
    const key = request.headers['idempotency-key'];
    const replay = typeof key === 'string' ? replies.get(`${url}|${key}`) : undefined;
    if (replay) {
      send(response, 200, replay);
      return;
    }
    const parsed = JSON.parse(body) as unknown;
    let reply: unknown;
    if (url === '/emails/batch') {
      const messages = parsed as { to: string[]; subject: string }[];
      if (!Array.isArray(messages) || messages.length > 100) {
        send(response, 422, { statusCode: 422, name: 'validation_error', message: 'A batch holds 1 to 100 e-mails.' });
        return;
      }
      mail.batches += 1;
      reply = { data: messages.map(record), ...(request.headers['x-batch-validation'] === 'permissive' ? { errors: [] } : {}) };
    } else {
      reply = record(parsed as { to: string[]; subject: string });
    }
    const text = JSON.stringify(reply);
    if (typeof key === 'string') replies.set(`${url}|${key}`, text);
    send(response, 200, text);
    return;
  }
  send(response, 404, { statusCode: 404, name: 'not_found', message: url });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
// Ends with the benchmark: stdin closes when the parent exits.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
