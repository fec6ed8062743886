import { domainError } from '@/lib/errors/domain-error';

/** The refusals of the payment-method services, one code each (actions answer `not_found` with a 404). */
export const methodErrors = {
  notFound: () => domainError('not_found', 'That payment method does not exist.'),
  setupNotFound: () => domainError('not_found', 'We do not know this payment method setup.'),
  invoiceNotFound: () => domainError('not_found', 'That invoice does not exist.', 'invoiceId'),
  methodNotOffered: () => domainError('method_not_offered', 'That payment method cannot be saved here.', 'method'),
  lastMethod: () =>
    domainError('last_method', 'Automatic payment needs a payment method: add another one before removing this one, or switch to paying by invoice.'),
  invoiceNotAllowed: () =>
    domainError('invoice_not_allowed', 'This shop collects payments automatically: add another payment method before removing this one.'),
  nothingToPay: () => domainError('nothing_to_pay', 'This invoice has nothing left to pay.'),
  amountChanged: () => domainError('amount_changed', 'The amount to pay has changed. Please check it and confirm again.', 'amountMinor'),
  noMethod: () => domainError('no_method', 'Add a payment method first.'),
  providerUnavailable: () =>
    domainError('provider_unavailable', 'The payment provider cannot be reached right now. Please try again in a few minutes.'),
  chargeInProgress: () => domainError('charge_in_progress', 'A payment for this invoice is already being processed.'),
};
