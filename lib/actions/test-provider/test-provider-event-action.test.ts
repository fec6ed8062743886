import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import { testProviderStore } from '@/lib/payments/test-provider';

vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => STAFF }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// The staff member's language, as their browser says it.
const language = vi.hoisted(() => ({ accept: 'en' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'accept-language': language.accept }),
  cookies: async () => ({ get: () => undefined }),
}));
// The webhook goes to the running shop over HTTP, which a unit test has not got: its answer is set here.
const shopAnswer = vi.hoisted(() => ({ status: 200, body: 'ok' }));
vi.mock('@/lib/payments/test-provider-events', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/payments/test-provider-events')>()),
  deliverTestWebhook: async () => shopAnswer,
}));
const { testProviderEventAction } = await import('./test-provider-event-action');

const STAFF: Viewer = { userId: 'staff-1', email: 'staff@example.com', role: 'admin', customerId: null };

async function pendingPayment(status: 'pending' | 'failed' = 'pending') {
  const id = `tp_${randomBytes(12).toString('hex')}`;
  await testProviderStore.add({ id, amountMinor: 1250, currency: 'EUR', description: 'Order 3921', returnUrl: 'http://localhost/x', kind: 'charge', status });
  return id;
}

function send(id: string, event: string) {
  const form = new FormData();
  form.set('id', id);
  form.set('event', event);
  return (testProviderEventAction as (state: object, form: FormData) => Promise<{ error?: string; notice?: string }>)({}, form);
}

beforeEach(() => {
  language.accept = 'en';
  shopAnswer.status = 200;
});

describe('the test provider’s events, answered in the staff member’s language', () => {
  test('settled and the shop told: the notice names the event', async () => {
    const id = await pendingPayment();
    language.accept = 'de-DE,de;q=0.9';
    expect(await send(id, 'settle')).toEqual({ notice: 'Erledigt: abgeschlossen, und der Shop wurde benachrichtigt.' });
    expect((await testProviderStore.find(id))?.status).toBe('paid');
    expect(await send(await pendingPayment(), 'fail')).toEqual({ notice: 'Erledigt: fehlgeschlagen, und der Shop wurde benachrichtigt.' });
  });

  test('an event the payment’s state does not allow changes nothing and says so', async () => {
    const id = await pendingPayment('failed');
    language.accept = 'nl';
    expect(await send(id, 'charge-back')).toEqual({ error: `Betaling ${id} kan in haar huidige status niet worden teruggeboekt.` });
    language.accept = 'en';
    expect(await send(id, 'settle')).toEqual({ error: `Payment ${id} cannot be settled in its current state.` });
    expect((await testProviderStore.find(id))?.status).toBe('failed');
  });

  test('the shop’s refusal of the webhook is shown with its own words', async () => {
    shopAnswer.status = 500;
    shopAnswer.body = 'Internal error: no such payment?';
    language.accept = 'nb-NO';
    expect(await send(await pendingPayment(), 'settle')).toEqual({ error: 'Butikken svarte på webhooken med 500: Internal error: no such payment?' });
  });

  test('a malformed id or an unknown event is refused before anything moves', async () => {
    language.accept = 'nl';
    expect(await send('tp_nope', 'settle')).toEqual({ error: 'Dat is geen testbetaling.' });
    expect(await send(await pendingPayment(), 'refund')).toEqual({ error: 'Onbekende gebeurtenis.' });
  });
});
