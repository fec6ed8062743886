'use server';

import { redirect } from 'next/navigation';
import { customerAction } from '@/lib/actions/safe-action';
import { readCart, writeCart } from '@/lib/cart/cart-cookie';
import { chooseCheckoutDetails } from '@/lib/services/checkout/choose-checkout-details';
import { checkoutDetailsSchema } from '@/lib/validations/cart';
import { saveCheckoutBusinessFields } from './save-checkout-business-fields';

export const saveCheckoutDetailsAction = customerAction({ to: 'continue', schema: checkoutDetailsSchema, flash: 'checkout-details' }, async (details, { viewer, values }) => {
  const refused = await saveCheckoutBusinessFields(viewer.customerId, values);
  if (refused) return refused;
  const chosen = await chooseCheckoutDetails(await readCart(), details, new Date());
  if (!chosen.ok) return chosen.error;
  await writeCart(chosen.value);
  redirect('/checkout/summary');
});
