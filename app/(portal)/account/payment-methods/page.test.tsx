import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { pastDueSubscriber, saveMethod } from '@/lib/services/payment-methods/payment-method-test-fixtures';

vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// The page's language: no `?lang=`, no cookie, no Accept-Language; the customer's stored one wins.
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
const viewer = vi.mocked(getViewer);
const { default: PaymentMethodsPage } = await import('./page');

beforeEach(() => viewer.mockReset());

const asCustomer = (customer: { userId: string; email: string; id: string }): Viewer => ({ userId: customer.userId, email: customer.email, role: 'customer', customerId: customer.id });
const render = async (search: Record<string, string> = {}) =>
  renderToStaticMarkup(await PaymentMethodsPage({ searchParams: Promise.resolve(search) }));

describe('Min Side → Payment methods', () => {
  test("lists the customer's own methods in their language, marking the one autopay uses", async () => {
    const customer = await createTestCustomer('nl');
    const other = await createTestCustomer();
    await saveMethod(customer.id, { method: 'paypal' });
    await saveMethod(customer.id);
    await saveMethod(other.id, { method: 'ideal' });
    viewer.mockResolvedValue(asCustomer(customer));

    const html = await render({ setup: 'completed' });
    expect(html).toContain('Betaalmethoden');
    expect(html).toContain('Je betaalmethode is opgeslagen');
    expect(html.match(/data-testid="payment-method"/g)).toHaveLength(2);
    expect(html).toContain('Visa •••• 4242');
    expect(html).toContain('PayPal');
    expect(html).not.toContain('NL91 •••• 4300');
    expect(html.match(/data-testid="autopay-badge"/g)).toHaveLength(1);
    expect(html).toMatch(/Verloopt \d{2}\/\d{4}/);
    // Nothing failed: no invoice to pay here.
    expect(html).not.toContain('data-testid="open-invoice"');
  });

  test('a customer without methods is told they pay by invoice; an unknown notice is ignored', async () => {
    const customer = await createTestCustomer();
    viewer.mockResolvedValue(asCustomer(customer));
    const html = await render({ done: '__proto__', setup: 'nonsense', paid: 'x' });
    expect(html).toContain('You have no saved payment method');
    expect(html).not.toContain('data-testid="method-notice"');
    expect(html).not.toContain('data-testid="setup-result"');
  });
});

describe('after a failed charge', () => {
  test('the open invoice is offered for payment, with its amount, once a new method is saved', async () => {
    const { customerId, invoice } = await pastDueSubscriber();
    const customer = (await db.select().from(customers).where(eq(customers.id, customerId)))[0]!;
    viewer.mockResolvedValue(asCustomer(customer));

    // The card that failed is still the autopay method: the page asks for a new one first.
    const before = await render({ invoice: invoice.id });
    expect(before).toContain(`The automatic payment of invoice ${invoice.number} (€32.00) failed. Add a new payment method below`);
    expect(before).not.toContain('data-testid="pay-open-invoice-form"');
    expect(before).toContain(`name="invoiceId" value="${invoice.id}"`);

    await saveMethod(customerId, { invoiceId: invoice.id });
    const after = await render({ setup: 'completed', invoice: invoice.id });
    expect(after).toContain(`The automatic payment of invoice ${invoice.number} failed. Pay the open amount of €32.00 now with Visa •••• 4242?`);
    expect(after).toContain('Pay €32.00 now');
    expect(after).toContain('name="amountMinor" value="3200"');
  });
});
