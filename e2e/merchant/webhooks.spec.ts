import { expect, test } from '@playwright/test';
import { webhookTestIds as ids } from '../../components/webhooks/test-ids';
import { startTestReceiver } from '../../lib/services/webhooks/webhook-test-receiver';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { registerWebhookEndpoint } from '../support/integrations';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

test('the owner registers an endpoint; a purchase reaches it signed per Standard Webhooks, and the log replays it', async ({ browser }) => {
  const receiver = await startTestReceiver();
  try {
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await signInWithPassword(owner, MERCHANT, '/dashboard/webhooks');
    const secret = await registerWebhookEndpoint(owner, receiver.url('/kadens'), 'CRM');
    receiver.trust('/kadens', secret);
    // Shown once: a fresh page has the endpoint, not the secret.
    await owner.reload();
    await expect(owner.getByTestId(ids.endpointRow).filter({ hasText: receiver.url('/kadens') })).toHaveCount(1);
    await expect(owner.getByText(secret)).toHaveCount(0);

    // A visitor buys Trendhouse: its first invoice is finalized and paid.
    const customer = await (await browser.newContext()).newPage();
    await addTrendhouseToCart(customer);
    await registerAtCheckout(customer, uniqueEmail('webhooks'));
    await payWithIdeal(customer, '€32.00');
    await customer.getByTestId('test-pay-pay').click();
    await expect(customer.getByTestId('thank-you')).toBeVisible();
    const invoiceNumber = (await customer.getByTestId('thank-you-invoice-number').textContent())!.trim();

    // The receiver checks every signature with the reference library; the invoice's event arrives.
    const finalized = () => receiver.at('/kadens').filter((m) => m.body.type === 'invoice.finalized' && m.body.data.number === invoiceNumber);
    await expect.poll(() => finalized().length, { timeout: 90_000 }).toBe(1);
    const [message] = finalized();
    expect(message!.verifiedWith).toEqual([secret]);
    expect(message!.body.data).toMatchObject({ object: 'invoice', status: 'paid', total: 3200, currency: 'EUR' });

    // This endpoint's log (the shop may have others) shows the delivery; sending it again
    // repeats it under the same webhook-id.
    await owner.reload();
    await owner.getByRole('link', { name: receiver.url('/kadens'), exact: true }).click();
    await expect(owner).toHaveURL(/[?&]endpoint=/);
    const row = owner.getByTestId(ids.deliveryRow).filter({ hasText: message!.id });
    await expect(row.getByTestId(ids.deliveryStatus)).toContainText('Delivered');
    await expect(row.getByTestId(ids.deliveryStatus)).toContainText('200');
    await row.getByTestId(ids.replay).click();
    await expect(row.getByTestId('form-notice')).toHaveText('Sent again: the endpoint accepted it.');
    expect(finalized().map((m) => m.id)).toEqual([message!.id, message!.id]);

    // Switched off, it gets nothing more.
    const endpointRow = owner.getByTestId(ids.endpointRow).filter({ hasText: receiver.url('/kadens') });
    await endpointRow.getByTestId(ids.toggle).click();
    await expect(endpointRow.getByTestId('form-notice')).toHaveText('The endpoint is off: nothing is sent to it.');
  } finally {
    await receiver.close();
  }
});
