import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type ReceivedWebhook = {
  path: string;
  id: string;
  body: { type: string; timestamp: string; data: { id: string; object: string; [key: string]: unknown } };
  /** Which of the secrets known for the path verify the message (by the reference library). */
  verifiedWith: string[];
};

/** What the receiver answers; `hang` never answers (the sender's timeout has to end it). */
type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/**
 * A receiver on a real port that checks every message as a merchant's would, with the Standard
 * Webhooks library: each path has its secrets and its answers (default 200).
 */
export async function startTestReceiver() {
  const received: ReceivedWebhook[] = [];
  const secrets = new Map<string, string[]>();
  const answers = new Map<string, (message: ReceivedWebhook) => Answer>();
  const inFlight = new Map<string, number>();
  const mostInFlight = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    const key = request.url ?? '/';
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    mostInFlight.set(key, Math.max(mostInFlight.get(key) ?? 0, inFlight.get(key)!));
    request.socket.on('close', () => inFlight.set(key, inFlight.get(key)! - 1));
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]));
      const verifiedWith = (secrets.get(path) ?? []).filter((secret) => {
        try {
          new Webhook(secret).verify(raw, headers);
          return true;
        } catch {
          return false;
        }
      });
      const message: ReceivedWebhook = { path, id: headers['webhook-id'] ?? '', body: JSON.parse(raw), verifiedWith };
      received.push(message);
      const answer = answers.get(path)?.(message) ?? { status: verifiedWith.length > 0 ? 200 : 400 };
      if (answer === 'hang') return;
      response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      response.end(answer.body ?? (answer.status < 300 ? 'thanks' : 'no'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    port,
    received,
    at: (path: string) => received.filter((message) => message.path === path),
    trust: (path: string, ...pathSecrets: string[]) => secrets.set(path, pathSecrets),
    answer: (path: string, answer: (message: ReceivedWebhook) => Answer) => answers.set(path, answer),
    /** The most requests to `path` that were open at the same time. */
    mostInFlight: (path: string) => mostInFlight.get(path) ?? 0,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
