import { PAYMENT_METHODS, type PaymentMethodChoice } from '@/lib/validations/cart';

/** The shop's enabled methods an open invoice can be paid with online (a bank transfer is not paid here). */
export function onlinePaymentMethods(enabled: readonly string[]): PaymentMethodChoice[] {
  return enabled.filter((m): m is PaymentMethodChoice => m !== 'bank_transfer' && (PAYMENT_METHODS as readonly string[]).includes(m));
}
