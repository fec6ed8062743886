import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import customerResponse from '../fixtures/create-customer-response.json';
import mandateResponse from '../fixtures/create-mandate-response.json';
import paymentResponse from '../fixtures/create-payment-response.json';
import refundResponse from '../fixtures/create-refund-response.json';
import errors from '../fixtures/errors.json';
import storedMandates from '../fixtures/mandates.json';
import storedPayments from '../fixtures/payments.json';
import recurringOutcomes from '../fixtures/recurring-payment-outcomes.json';
import setupPayments from '../fixtures/setup-payments.json';

type Json = Record<string, unknown>;

export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  idempotencyKey: string | null;
  body: Json | null;
};

export type FakeMollieApi = {
  /** The `apiEndpoint` to give the Mollie client. */
  apiEndpoint: string;
  /** Every request in arrival order, with its parsed JSON body. */
  requests: RecordedRequest[];
  /** Payments that a POST created, by id (not counting idempotent replays). */
  created: Map<string, Json>;
  /** The mandates Mollie holds now, by id: the recorded ones and those made here, less the revoked. */
  mandates: Map<string, Json>;
  /**
   * The bank or card issuer takes a paid payment's money back: the chargeback Mollie lists (GET
   * /v2/chargebacks) and embeds in the payment, which stays `paid` with `amountChargedBack`, as
   * Mollie records it. `settlementValue`: what leaves the balance (default minus the amount).
   */
  chargeBack(paymentId: string, chargeback: { createdAt: Date; reason: { code: string; description: string } | null; settlementValue?: string }): Json;
  /** Requests for which this says true are answered 503 (an outage), until it is set back to null. */
  unavailable: ((request: RecordedRequest) => boolean) | null;
  close(): Promise<void>;
};

/** A payment id for which the server never answers, to exercise timeouts. */
export const HANGING_PAYMENT_ID = 'tr_hang';
/** A payment id for which the server answers 503 (with Retry-After: 0, so the client's retries are quick). */
export const UNAVAILABLE_PAYMENT_ID = 'tr_unavailable';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/**
 * A local stand-in for api.mollie.com/v2 that answers with the recorded shapes in ../fixtures,
 * records what it was sent, and keeps Mollie's idempotency promise: a repeated Idempotency-Key
 * gets the first answer again and creates nothing.
 *
 * NOTE: the Mollie client only speaks HTTPS (its agent is an https.Agent) and trusts only its own
 * bundled CA list, so this fake serves a self-signed certificate and certificate checks are
 * switched off in this test process while it runs (restored on close).
 */
/** `runId`: letters and digits in each payment id, for tests that keep the ids in a shared database. */
/** `listLimit`: the most items one page of a list holds whatever `limit` asks (Mollie's is 250), to make tests page. */
export async function startFakeMollieApi(options: { runId?: string; listLimit?: number } = {}): Promise<FakeMollieApi> {
  const requests: RecordedRequest[] = [];
  const created = new Map<string, Json>();
  const payments = new Map<string, Json>(Object.entries(structuredClone({ ...storedPayments, ...setupPayments })));
  const mandates = new Map<string, Json>(Object.entries(structuredClone(storedMandates)));
  const replies = new Map<string, { status: number; body: Json }>();
  const madeMandates = new Set<string>();
  // Customers a POST created, oldest first; and which customer each made mandate belongs to.
  const customers: Json[] = [];
  const mandateCustomer = new Map<string, string>();
  let sequence = 0;
  // Known once the server listens; list links name it.
  let apiEndpoint = '';

  const server = https.createServer(
    { key: fixture('localhost-key.pem'), cert: fixture('localhost-cert.pem') },
    (req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'https://localhost');
        const idempotencyKey = header(req.headers['idempotency-key']);
        const body = raw ? (JSON.parse(raw) as Json) : null;
        requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, idempotencyKey, body });
        if (url.pathname === `/v2/payments/${HANGING_PAYMENT_ID}`) return; // never answers

        const send = (status: number, json: Json, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/hal+json', ...headers });
          res.end(JSON.stringify(json));
        };
        if (!header(req.headers.authorization)?.startsWith('Bearer test_')) return send(401, errors.unauthorized);
        if (fake.unavailable?.(requests.at(-1)!)) return send(503, errors.unavailable, { 'retry-after': '0' });
        if (req.method === 'POST' && idempotencyKey) {
          const earlier = replies.get(`${url.pathname}|${idempotencyKey}`);
          if (earlier) return send(earlier.status, earlier.body);
        }
        const reply = route(req.method ?? '', url, body);
        if (req.method === 'POST' && idempotencyKey) replies.set(`${url.pathname}|${idempotencyKey}`, reply);
        send(reply.status, reply.body, reply.status === 503 ? { 'retry-after': '0' } : {});
      });
    },
  );

  function route(method: string, url: URL, body: Json | null): { status: number; body: Json } {
    const parts = url.pathname.split('/').filter(Boolean); // ['v2', 'payments', id, 'refunds']
    if (method === 'POST' && url.pathname === '/v2/customers') {
      const customer: Json = { ...customerResponse, metadata: body?.metadata ?? null, createdAt: new Date().toISOString() };
      customers.push(customer);
      return { status: 201, body: customer };
    }
    // Newest first, as Mollie lists them.
    if (method === 'GET' && url.pathname === '/v2/customers') return listOf('customers', customers);
    if (method === 'GET' && parts[1] === 'customers' && parts[3] === 'mandates' && parts.length === 4) {
      const owner = (id: string, mandate: Json) =>
        mandateCustomer.get(id) ?? String(((mandate._links as Json | undefined)?.customer as Json | undefined)?.href ?? '').split('/').at(-1);
      return listOf('mandates', [...mandates.entries()].filter(([id, mandate]) => owner(id, mandate) === parts[2]).map(([, mandate]) => mandate));
    }
    if (method === 'POST' && url.pathname === '/v2/payments') {
      const payment = body ?? {};
      if (payment.sequenceType !== 'recurring') return { status: 201, body: createPayment(payment, {}) };
      // A mandate made here from an IBAN debits as the recorded SEPA mandate does.
      const outcomeOf = madeMandates.has(String(payment.mandateId)) ? mandateResponse.id : String(payment.mandateId);
      const outcome = (recurringOutcomes as Record<string, Json>)[outcomeOf];
      return outcome
        ? { status: 201, body: createPayment(payment, outcome) }
        : { status: 422, body: errors.invalidMandate };
    }
    // Lists, newest first, in one page (all the fake ever holds): the payments made here, and those of one customer.
    if (method === 'GET' && url.pathname === '/v2/payments') return listOf('payments', [...created.values()]);
    if (method === 'GET' && parts[1] === 'customers' && parts[3] === 'payments' && parts.length === 4) {
      return listOf('payments', [...created.values()].filter((p) => p.customerId === parts[2]));
    }
    // Every payment's chargebacks, newest first, paged by `from` (inclusive) and `limit` as at Mollie.
    if (method === 'GET' && url.pathname === '/v2/chargebacks') return chargebackPage(url);
    if (method === 'GET' && parts[1] === 'payments' && parts.length === 3) {
      if (parts[2] === UNAVAILABLE_PAYMENT_ID) return { status: 503, body: errors.unavailable };
      const payment = payments.get(parts[2]!);
      if (!payment) return notFound(parts[2]!);
      // Embedded resources come only when asked for, as at Mollie.
      const embed = url.searchParams.get('embed')?.split(',') ?? [];
      const { _embedded, ...rest } = payment as Json & { _embedded?: Json };
      return { status: 200, body: embed.includes('chargebacks') && _embedded ? { ...rest, _embedded } : rest };
    }
    // A SEPA mandate from an IBAN: Mollie's recorded answer, with what the request gave.
    if (method === 'POST' && parts[1] === 'customers' && parts[3] === 'mandates' && parts.length === 4) {
      if (body?.method !== 'directdebit' || !body.consumerName || !body.consumerAccount) return { status: 422, body: errors.invalidMandate };
      // Unique per run where tests keep the ids in a shared database (a mandate is saved once per provider).
      const id = options.runId ? `mdt_${options.runId}m${++sequence}` : mandateResponse.id;
      const mandate: Json = {
        ...mandateResponse,
        id,
        createdAt: new Date().toISOString(),
        details: { ...mandateResponse.details, consumerName: body.consumerName, consumerAccount: body.consumerAccount },
        mandateReference: body.mandateReference ?? null,
        signatureDate: body.signatureDate ?? null,
      };
      mandates.set(id, mandate);
      madeMandates.add(id);
      mandateCustomer.set(id, parts[2]!);
      return { status: 201, body: mandate };
    }
    if (method === 'GET' && parts[1] === 'customers' && parts[3] === 'mandates' && parts.length === 5) {
      const mandate = mandates.get(parts[4]!);
      return mandate ? { status: 200, body: mandate } : notFound(parts[4]!);
    }
    // Revoking answers 204 with no body, as Mollie does; a mandate it no longer has is a 404.
    if (method === 'DELETE' && parts[1] === 'customers' && parts[3] === 'mandates' && parts.length === 5) {
      return mandates.delete(parts[4]!) ? { status: 204, body: {} } : notFound(parts[4]!);
    }
    if (method === 'POST' && parts[1] === 'payments' && parts[3] === 'refunds') {
      if (!payments.has(parts[2]!)) return notFound(parts[2]!);
      const id = `re_fake${++sequence}`;
      return {
        status: 201,
        body: {
          ...refundResponse,
          id,
          paymentId: parts[2],
          amount: body?.amount,
          description: body?.description ?? '',
        },
      };
    }
    return notFound(url.pathname);
  }

  /** The created payment: the request's fields on the recorded shape, then the mandate's outcome. */
  function createPayment(body: Json, outcome: Json): Json {
    const id = `tr_fake${options.runId ?? ''}${++sequence}`;
    const payment: Json = {
      ...paymentResponse,
      id,
      // Made now, as at Mollie (lookups by key search back from the time of the call).
      createdAt: new Date().toISOString(),
      amount: body.amount,
      description: body.description,
      method: typeof body.method === 'string' ? body.method : null,
      metadata: body.metadata ?? null,
      sequenceType: body.sequenceType ?? 'oneoff',
      redirectUrl: body.redirectUrl,
      webhookUrl: body.webhookUrl,
      ...(body.customerId ? { customerId: body.customerId } : {}),
      ...(body.mandateId ? { mandateId: body.mandateId } : {}),
      _links: {
        ...paymentResponse._links,
        self: { href: `https://api.mollie.com/v2/payments/${id}`, type: 'application/hal+json' },
        // Recurring payments are charged at once: there is no checkout to send anyone to.
        ...(body.sequenceType === 'recurring'
          ? { checkout: undefined }
          : { checkout: { href: `https://www.mollie.com/checkout/select-method/${id.slice(3)}`, type: 'text/html' } }),
      },
      ...outcome,
    };
    payments.set(id, payment);
    created.set(id, payment);
    return payment;
  }

  /** GET /v2/chargebacks: one page of the chargebacks embedded in the payments, newest first. */
  function chargebackPage(url: URL): { status: number; body: Json } {
    const all = [...payments.values()]
      .flatMap((payment) => ((payment._embedded as Json | undefined)?.chargebacks as Json[] | undefined) ?? [])
      .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)) || String(b.id).localeCompare(String(a.id)));
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 50), 250, options.listLimit ?? 250);
    const from = url.searchParams.get('from');
    const start = from ? all.findIndex((chargeback) => chargeback.id === from) : 0;
    if (start < 0) return notFound(from!);
    const items = all.slice(start, start + limit);
    const following = all[start + limit];
    // The links point back here, as Mollie's point at api.mollie.com: the client follows them as they are.
    const link = (query: string) => ({ href: `${apiEndpoint}chargebacks?${query}`, type: 'application/hal+json' });
    return {
      status: 200,
      body: {
        count: items.length,
        _embedded: { chargebacks: items },
        _links: {
          self: link(`${from ? `from=${from}&` : ''}limit=${limit}`),
          previous: start > 0 ? link(`from=${String(all[Math.max(0, start - limit)]!.id)}&limit=${limit}`) : null,
          next: following ? link(`from=${String(following.id)}&limit=${limit}`) : null,
          documentation: { href: 'https://docs.mollie.com/reference/list-chargebacks', type: 'text/html' },
        },
      },
    };
  }

  function chargeBack(paymentId: string, input: { createdAt: Date; reason: { code: string; description: string } | null; settlementValue?: string }): Json {
    const payment = payments.get(paymentId);
    if (!payment) throw new Error(`The fake Mollie API has no payment ${paymentId}`);
    const amount = payment.amount as { currency: string; value: string };
    const embedded = (payment._embedded as Json | undefined) ?? {};
    const earlier = (embedded.chargebacks as Json[] | undefined) ?? [];
    const id = `chb_${options.runId ?? ''}${++sequence}`;
    const chargeback: Json = {
      resource: 'chargeback',
      id,
      amount,
      settlementAmount: { currency: amount.currency, value: input.settlementValue ?? `-${amount.value}` },
      createdAt: input.createdAt.toISOString(),
      reason: input.reason,
      reversedAt: null,
      paymentId,
      _links: {
        self: { href: `https://api.mollie.com/v2/payments/${paymentId}/chargebacks/${id}`, type: 'application/hal+json' },
        payment: { href: `https://api.mollie.com/v2/payments/${paymentId}`, type: 'application/hal+json' },
        documentation: { href: 'https://docs.mollie.com/reference/get-chargeback', type: 'text/html' },
      },
    };
    Object.assign(payment, {
      amountChargedBack: amount,
      _embedded: { ...embedded, chargebacks: [...earlier, chargeback] },
      _links: { ...(payment._links as Json), chargebacks: { href: `https://api.mollie.com/v2/payments/${paymentId}/chargebacks`, type: 'application/hal+json' } },
    });
    return chargeback;
  }

  /** One page of a list, newest first (items are kept oldest first), in Mollie's HAL shape. */
  const listOf = (resource: 'payments' | 'customers' | 'mandates', items: Json[]) => ({
    status: 200,
    body: {
      count: items.length,
      _embedded: { [resource]: [...items].reverse() },
      _links: { self: { href: `https://api.mollie.com/v2/${resource}`, type: 'application/hal+json' }, previous: null, next: null },
    },
  });

  const notFound = (id: string) => ({
    status: 404,
    body: { ...errors.notFound, detail: errors.notFound.detail.replace('{id}', id) },
  });

  const previousTlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  apiEndpoint = `https://127.0.0.1:${port}/v2/`;

  const fake: FakeMollieApi = {
    apiEndpoint,
    requests,
    created,
    mandates,
    chargeBack,
    unavailable: null,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (previousTlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previousTlsSetting;
    },
  };
  return fake;
}

function header(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
