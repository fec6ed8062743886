'use server';

import { redirect } from 'next/navigation';
import { customerAction } from '@/lib/actions/safe-action';
import { getPageLocale } from '@/lib/auth/page-locale';
import { clearCart } from '@/lib/cart/cart-cookie';
import { baseUrl } from '@/lib/http/base-url';
import { getTranslator } from '@/lib/i18n/translator';
import { startSepaDebitOrder } from '@/lib/services/checkout/start-sepa-debit-order';
import { sepaMandateSchema } from '@/lib/validations/sepa-mandate';

async function schema() {
  const t = getTranslator(await getPageLocale(), 'shop.sepa.errors');
  return sepaMandateSchema({
    order: t('order'),
    holder: t('holder'),
    consent: t('consent'),
    iban: {
      format: t('ibanFormat'),
      not_sepa: t('ibanNotSepa'),
      length: t('ibanLength'),
      checksum: t('ibanChecksum'),
    },
  });
}

/** The customer's SEPA mandate for their order: the account is debited, and the order goes on as the provider decides. */
export const confirmSepaMandateAction = customerAction({ to: 'pay by direct debit', schema, flash: 'sepa-mandate' }, async (input, { viewer }) => {
  const started = await startSepaDebitOrder({
    orderId: input.orderId,
    customerId: viewer.customerId,
    accountHolder: input.accountHolder,
    iban: input.iban,
    baseUrl: await baseUrl(),
    now: new Date(),
  });
  if (!started.ok) return started.error;
  if (started.value.status === 'paid' || started.value.status === 'pending') {
    await clearCart();
    // Pending: the thank-you page says the debit is on its way and the subscription starts once the bank settles it.
    redirect(`/checkout/thank-you/${started.value.orderId}`);
  }
  redirect(`/checkout/failed/${started.value.orderId}?status=${started.value.status}`);
});
