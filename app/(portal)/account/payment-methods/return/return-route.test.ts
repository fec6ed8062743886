import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { paymentMethods } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { decideTestCheckout } from '@/lib/payments/test-provider-events';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { startMethodSetup } from '@/lib/services/payment-methods/start-method-setup';
import { GET } from './route';

vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
const viewer = vi.mocked(getViewer);

beforeEach(() => {
  viewer.mockReset();
  vi.stubEnv('APP_URL', 'http://shop.test');
});
afterEach(() => vi.unstubAllEnvs());

const asCustomer = (customer: { userId: string; email: string; id: string }): Viewer => ({ userId: customer.userId, email: customer.email, role: 'customer', customerId: customer.id });
const returning = (setupId: string) => GET(new NextRequest(`http://shop.test/account/payment-methods/return?setup=${setupId}`));

describe('GET /account/payment-methods/return', () => {
  test('stores the saved method once and lands on Payment methods; another customer gets a 404', async () => {
    const owner = await createTestCustomer();
    const stranger = await createTestCustomer();
    const started = await startMethodSetup({ customerId: owner.id, method: 'card', baseUrl: 'http://shop.test' });
    if (!started.ok) throw new Error(started.error.message);
    await decideTestCheckout(started.value.redirectUrl.split('/').pop()!, { status: 'paid', mandate: 'ok', at: new Date() });

    viewer.mockResolvedValue(asCustomer(stranger));
    expect((await returning(started.value.setupId)).status).toBe(404);
    expect(await db.select().from(paymentMethods).where(eq(paymentMethods.customerId, stranger.id))).toEqual([]);

    viewer.mockResolvedValue(asCustomer(owner));
    for (let i = 0; i < 2; i += 1) {
      const response = await returning(started.value.setupId);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('http://shop.test/account/payment-methods?setup=completed');
    }
    expect(await db.select().from(paymentMethods).where(eq(paymentMethods.customerId, owner.id))).toHaveLength(1);
  });

  test('signed out is a 401; a malformed link a 400', async () => {
    viewer.mockResolvedValue(null);
    expect((await returning(crypto.randomUUID())).status).toBe(401);
    const customer = await createTestCustomer();
    viewer.mockResolvedValue(asCustomer(customer));
    expect((await returning('nope')).status).toBe(400);
  });
});
