import http from 'node:http';
import type { AddressInfo } from 'node:net';
import storedCharges from '../fixtures/charges.json';
import storedSessions from '../fixtures/checkout-sessions.json';
import sessionResponse from '../fixtures/create-checkout-session-response.json';
import customerResponse from '../fixtures/create-customer-response.json';
import refundResponse from '../fixtures/create-refund-response.json';
import storedDisputes from '../fixtures/disputes.json';
import errors from '../fixtures/errors.json';
import offSessionOutcomes from '../fixtures/off-session-outcomes.json';
import storedIntents from '../fixtures/payment-intents.json';
import storedPaymentMethods from '../fixtures/payment-methods.json';
import storedSetupIntents from '../fixtures/setup-intents.json';
import storedSetupSessions from '../fixtures/setup-sessions.json';

type Json = Record<string, unknown>;
type Reply = { status: number; body: Json };

export type RecordedRequest = {
  method: string;
  path: string;
  /** Query and form fields as Stripe's client encodes them: `expand[0]`, `metadata[reference]`. */
  params: Record<string, string>;
  idempotencyKey: string | null;
};

export type FakeStripeApi = {
  /** The `host`, `port` and `protocol` to give the Stripe client. */
  host: string;
  port: number;
  protocol: 'http';
  requests: RecordedRequest[];
  /** PaymentIntents that a POST created (not counting idempotent replays). */
  createdIntents: Json[];
  close(): Promise<void>;
};

/** A PaymentIntent id for which the server never answers, to exercise timeouts. */
export const HANGING_INTENT_ID = 'pi_hang';
/** A PaymentIntent id for which the server answers HTTP 500. */
export const FAILING_INTENT_ID = 'pi_serverError';

/**
 * A local stand-in for api.stripe.com/v1 that answers with the recorded shapes in ../fixtures,
 * records what it was sent, expands what it is asked to expand (and nothing else), and keeps
 * Stripe's idempotency promise: a repeated Idempotency-Key with the same parameters gets the
 * first answer again, errors included; with other parameters it is an idempotency_error.
 */
export async function startFakeStripeApi(): Promise<FakeStripeApi> {
  const requests: RecordedRequest[] = [];
  const createdIntents: Json[] = [];
  const createdSessions: Json[] = [];
  const intents = new Map<string, Json>(Object.entries(structuredClone(storedIntents)));
  const sessions = new Map<string, Json>(Object.entries(structuredClone({ ...storedSessions, ...storedSetupSessions })));
  const detached = new Set<string>();
  const setupIntents = storedSetupIntents as Record<string, Json>;
  const charges = storedCharges as Record<string, Json>;
  const replies = new Map<string, { raw: string; reply: Reply }>();
  let sequence = 0;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const params = Object.fromEntries([...url.searchParams, ...new URLSearchParams(raw)]);
      const idempotencyKey = header(req.headers['idempotency-key']);
      requests.push({ method: req.method ?? '', path: url.pathname, params, idempotencyKey });
      if (url.pathname === `/v1/payment_intents/${HANGING_INTENT_ID}`) return; // never answers

      const send = ({ status, body }: Reply, replayed = false) => {
        res.writeHead(status, {
          'content-type': 'application/json',
          'request-id': `req_fake${++sequence}`,
          ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
          // Stripe's own hint to its clients; keeps the client from retrying our canned 500.
          ...(status >= 500 ? { 'stripe-should-retry': 'false' } : {}),
        });
        res.end(JSON.stringify(body));
      };
      if (!header(req.headers.authorization)?.startsWith('Bearer sk_test_'))
        return send({ status: 401, body: errors.invalidApiKey });
      if (req.method === 'POST' && idempotencyKey) {
        const earlier = replies.get(idempotencyKey);
        if (earlier && earlier.raw !== raw) {
          return send({
            status: 400,
            body: {
              error: {
                ...errors.idempotencyError.error,
                message: errors.idempotencyError.error.message.replace('{key}', idempotencyKey),
              },
            },
          });
        }
        if (earlier) return send(earlier.reply, true);
      }
      const reply = route(req.method ?? '', url.pathname, params);
      if (req.method === 'POST' && idempotencyKey) replies.set(idempotencyKey, { raw, reply });
      send(reply);
    });
  });

  function route(method: string, path: string, params: Record<string, string>): Reply {
    const [, , resource, id] = path.split('/'); // ['', 'v1', resource, id]
    const expand = Object.entries(params)
      .filter(([key]) => key.startsWith('expand['))
      .map(([, value]) => value);
    if (method === 'POST' && path === '/v1/customers') {
      return ok({ ...customerResponse, id: `cus_fake${++sequence}`, metadata: { reference: params['metadata[reference]'] } });
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') return ok(createSession(params));
    // Lists of what was made here, newest first, in one page, filtered as Stripe filters them.
    const since = Number(params['created[gte]'] ?? 0);
    if (method === 'GET' && path === '/v1/checkout/sessions') {
      return ok(list(path, [...createdSessions].reverse().filter((x) => Number(x.created) >= since)));
    }
    if (method === 'GET' && path === '/v1/payment_intents') {
      const mine = createdIntents.filter((x) => x.customer === params.customer && Number(x.created) >= since);
      return ok(list(path, [...mine].reverse()));
    }
    if (method === 'GET' && path.startsWith('/v1/checkout/sessions/')) {
      const session = sessions.get(path.split('/')[4]!);
      if (!session) return missing(path.split('/')[4]!);
      if (session.mode === 'setup') return ok(expandedSetup(session, expand));
      const intent = typeof session.payment_intent === 'string' ? intents.get(session.payment_intent) : undefined;
      if (!intent || !expand.some((field) => field.startsWith('payment_intent'))) return ok(session);
      return ok({ ...session, payment_intent: expanded(intent, expand.includes('payment_intent.latest_charge')) });
    }
    if (method === 'GET' && resource === 'payment_intents' && id) {
      if (id === FAILING_INTENT_ID) return { status: 500, body: errors.apiError };
      const intent = intents.get(id);
      return intent ? ok(expanded(intent, expand.includes('latest_charge'))) : missing(id);
    }
    if (method === 'POST' && path === '/v1/payment_intents')
      return chargeOffSession(params, expand.includes('latest_charge'));
    if (method === 'GET' && resource === 'payment_methods' && id) {
      const paymentMethod = (storedPaymentMethods as Record<string, Json>)[id];
      return paymentMethod ? ok(detached.has(id) ? { ...paymentMethod, customer: null } : paymentMethod) : missing(id);
    }
    // Detaching leaves the method with no customer; Stripe refuses to detach one that has none.
    if (method === 'POST' && resource === 'payment_methods' && id && path.endsWith('/detach')) {
      const paymentMethod = (storedPaymentMethods as Record<string, Json>)[id];
      if (!paymentMethod) return missing(id);
      if (detached.has(id) || !paymentMethod.customer) return { status: 400, body: errors.notAttached };
      detached.add(id);
      return ok({ ...paymentMethod, customer: null });
    }
    if (method === 'GET' && path === '/v1/disputes' && params.payment_intent !== undefined) {
      const data = (storedDisputes as Record<string, Json[]>)[params.payment_intent] ?? [];
      return ok({ object: 'list', data, has_more: false, url: '/v1/disputes' });
    }
    // Every dispute opened since `created[gte]`, newest first, after `starting_after`: one a page
    // whatever the `limit`, so the two recorded ones make the client read a second page.
    if (method === 'GET' && path === '/v1/disputes') {
      const since = Number(params['created[gte]'] ?? 0);
      const all = Object.values(storedDisputes as Record<string, Json[]>)
        .flat()
        .filter((dispute) => Number(dispute.created) >= since)
        .sort((a, b) => Number(b.created) - Number(a.created) || String(a.id).localeCompare(String(b.id)));
      const from = params.starting_after ? all.findIndex((dispute) => dispute.id === params.starting_after) + 1 : 0;
      const limit = Math.min(Number(params.limit ?? 10), 1);
      return ok({ object: 'list', data: all.slice(from, from + limit), has_more: from + limit < all.length, url: '/v1/disputes' });
    }
    if (method === 'POST' && path === '/v1/refunds') {
      if (!intents.has(params.payment_intent ?? '')) return missing(params.payment_intent ?? '');
      return ok({
        ...refundResponse,
        id: `re_fake${++sequence}`,
        amount: Number(params.amount),
        payment_intent: params.payment_intent,
      });
    }
    return missing(path);
  }

  function expanded(intent: Json, withCharge: boolean): Json {
    const charge = typeof intent.latest_charge === 'string' ? charges[intent.latest_charge] : undefined;
    return withCharge && charge ? { ...intent, latest_charge: charge } : intent;
  }

  /** A setup session with its SetupIntent (and the intent's payment method) expanded when asked. */
  function expandedSetup(session: Json, expand: string[]): Json {
    const intent = typeof session.setup_intent === 'string' ? setupIntents[session.setup_intent] : undefined;
    if (!intent || !expand.some((field) => field.startsWith('setup_intent'))) return session;
    const paymentMethod = typeof intent.payment_method === 'string' ? (storedPaymentMethods as Record<string, Json>)[intent.payment_method] : undefined;
    const withMethod = expand.includes('setup_intent.payment_method') && paymentMethod ? { ...intent, payment_method: paymentMethod } : intent;
    return { ...session, setup_intent: withMethod };
  }

  function createSession(params: Record<string, string>): Json {
    const id = `cs_test_fake${++sequence}`;
    if (params.mode === 'setup') {
      return {
        ...sessionResponse,
        id,
        mode: 'setup',
        amount_subtotal: null,
        amount_total: null,
        currency: params.currency,
        client_reference_id: params.client_reference_id ?? null,
        metadata: { setup: params['metadata[setup]'] },
        customer: params.customer ?? null,
        customer_creation: null,
        payment_intent: null,
        setup_intent: `seti_fake${sequence}`,
        payment_method_types: [params['allowed_payment_method_types[0]']],
        success_url: params.success_url,
        cancel_url: params.cancel_url,
        url: `https://checkout.stripe.com/c/pay/${id}#fidkdWxOYHwnPyd1blpxYHZxWjA0`,
      };
    }
    const session: Json = {
      ...sessionResponse,
      id,
      created: Math.floor(Date.now() / 1000),
      amount_subtotal: Number(params['line_items[0][price_data][unit_amount]']),
      amount_total: Number(params['line_items[0][price_data][unit_amount]']),
      currency: params['line_items[0][price_data][currency]'],
      client_reference_id: params.client_reference_id ?? null,
      metadata: { reference: params['metadata[reference]'] },
      customer: params.customer ?? null,
      customer_creation: params.customer_creation ?? 'if_required',
      payment_method_types: [params['allowed_payment_method_types[0]']],
      success_url: params.success_url,
      cancel_url: params.cancel_url,
      url: `https://checkout.stripe.com/c/pay/${id}#fidkdWxOYHwnPyd1blpxYHZxWjA0`,
    };
    sessions.set(id, session);
    createdSessions.push(session);
    return session;
  }

  /** Confirms at once with the saved method's recorded outcome: a charge or a card decline. */
  function chargeOffSession(params: Record<string, string>, withCharge: boolean): Reply {
    const outcome = (offSessionOutcomes as Record<string, Json>)[params.payment_method ?? ''];
    if (!outcome) return missing(params.payment_method ?? '');
    const id = `pi_fake${++sequence}`;
    const declined = 'error' in outcome;
    const intent: Json = {
      ...storedIntents.pi_succeededSaved,
      id,
      created: Math.floor(Date.now() / 1000),
      amount: Number(params.amount),
      amount_received: declined ? 0 : Number(params.amount),
      currency: params.currency,
      customer: params.customer,
      description: params.description ?? null,
      metadata: { idempotency_key: params['metadata[idempotency_key]'] },
      payment_method: declined ? null : params.payment_method,
      setup_future_usage: null,
      ...(declined
        ? { status: 'requires_payment_method', latest_charge: null, last_payment_error: outcome.error }
        : {
            status: outcome.status,
            latest_charge: outcome.latest_charge,
            payment_method_types: outcome.payment_method_types,
          }),
    };
    intents.set(id, intent);
    createdIntents.push(intent);
    if (declined) return { status: 402, body: { error: { ...(outcome.error as Json), payment_intent: intent } } };
    return ok(expanded(intent, withCharge));
  }

  const ok = (body: Json): Reply => ({ status: 200, body });
  const list = (url: string, data: Json[]): Json => ({ object: 'list', data, has_more: false, url });
  const missing = (id: string): Reply => ({
    status: 404,
    body: {
      error: { ...errors.resourceMissing.error, message: errors.resourceMissing.error.message.replace('{id}', id) },
    },
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    protocol: 'http',
    requests,
    createdIntents,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function header(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
