import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import type { FakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { startSepaDebitOrder } from '@/lib/services/checkout/start-sepa-debit-order';
import { syncProviderPayment } from '@/lib/services/payments/sync-provider-payment';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from './checkout-fixtures';

const IBAN = 'DE89370400440532013000';

/**
 * A SEPA order debited through (the fake) Mollie and settled by the bank, told by its webhook: a
 * paid invoice, an active subscription, the mandate saved for autopay. Mollie must be the
 * provider in fakeProviderSlot.
 */
export async function paidMollieSepaOrder(api: FakeMollieApi, at: { ordered: Date; settled: Date }, label = 'sepa-chargeback') {
  const settings = await getShopSettings(db);
  const { customerId } = await newCustomer(label);
  const plan = await planByCode('trendhouse-monthly');
  const placed = await placeOrder({
    customerId,
    cart: cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'sepa_debit' }),
    paymentMethod: 'sepa_debit',
    now: at.ordered,
    settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'sepa_debit'] },
  });
  if (!placed.ok) throw new Error(JSON.stringify(placed.error));
  const orderId = placed.value.order.id;
  const started = await startSepaDebitOrder({ customerId, orderId, accountHolder: 'Erika Mustermann', iban: IBAN, baseUrl: 'http://localhost:3000', now: at.ordered });
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId));
  const debit = api.created.get(payment!.providerPaymentId!)!;
  Object.assign(debit, { status: 'paid', paidAt: at.settled.toISOString() });
  await syncProviderPayment({ provider: 'mollie', providerPaymentId: debit.id as string, now: at.settled });
  const [paid] = await db.select().from(payments).where(eq(payments.id, payment!.id));
  if (paid?.status !== 'paid') throw new Error(`The debit of order ${orderId} did not settle: ${paid?.status}`);
  return { customerId, orderId, payment: paid, debit };
}
