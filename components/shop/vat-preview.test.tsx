import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { quoteCart, quoteCartForBuyer } from '@/lib/services/checkout/quote-cart';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { VatPreview } from './vat-preview';

async function buyerIn(values: Partial<typeof customers.$inferInsert>) {
  const { customerId } = await newCustomer('preview');
  await db.update(customers).set(values).where(eq(customers.id, customerId));
  return customerId;
}

describe('the checkout’s VAT preview once the buyer is known', () => {
  test('a Belgian business with a VAT id sees the reverse charge the order will carry, not the shop’s rate', async () => {
    const customerId = await buyerIn({ country: 'BE', city: 'Brugge', postalCode: '8000', customerType: 'business', companyName: 'Brugse Boekhandel BV', vatId: 'BE0876543270' });
    const plan = await planByCode('trendhouse-monthly');
    const cart = cartOf([{ planId: plan.id, quantity: 1 }]);

    const anonymous = await quoteCart(cart, new Date());
    const preview = await quoteCartForBuyer(cart, customerId, new Date());
    if (!anonymous.ok || !preview.ok) throw new Error('not priced');
    expect(anonymous.value.priced.taxMinor).toBeGreaterThan(0);
    expect(preview.value.priced.lines.map((l) => [l.vatCategory, l.taxMinor])).toEqual([['AE', 0]]);

    const html = renderToStaticMarkup(<VatPreview priced={preview.value.priced} locale="nl" />);
    expect(html).toContain('Btw op je bestelling');
    expect(html).toContain('Op deze bestelling wordt geen btw berekend: btw verlegd');

    // The same function prices the order: what was shown is what is charged.
    const placed = await placeOrder({ customerId, cart, paymentMethod: 'ideal', now: new Date() });
    if (!placed.ok) throw new Error(placed.error.message);
    expect(placed.value.order.totalMinor).toBe(preview.value.priced.totalMinor);
    expect((placed.value.order.pricing as typeof preview.value.priced).taxMinor).toBe(preview.value.priced.taxMinor);
  });

  test('a consumer at home sees the VAT included, with its rate, and no "no VAT" line', async () => {
    const customerId = await buyerIn({ country: 'NL', customerType: 'consumer' });
    const plan = await planByCode('trendhouse-monthly');
    const preview = await quoteCartForBuyer(cartOf([{ planId: plan.id, quantity: 1 }]), customerId, new Date());
    if (!preview.ok) throw new Error('not priced');
    const html = renderToStaticMarkup(<VatPreview priced={preview.value.priced} locale="en" />);
    expect(html).toContain('VAT on your order');
    expect(html).toContain('Includes VAT 9%');
    expect(html).not.toContain('No VAT is charged');
  });
});
