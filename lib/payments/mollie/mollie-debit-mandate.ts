import { MandateMethod, MandateStatus, type MollieClient } from '@mollie/api-client';
import type { DebitMandate, DebitMandateRequest } from '../types';
import { callMollie } from './mollie-call';
import { formatMollieMandateRef } from './mollie-mandate-ref';

/**
 * A SEPA Direct Debit mandate from the IBAN the payer entered on our page (Mollie's create
 * mandate API), for their Mollie customer. Keyed by our reference: a retried call after a
 * timeout gets the first call's mandate back, never a second one.
 *
 * NOTE: the signature date is the payer's consent, as a calendar date in UTC (Mollie takes
 * YYYY-MM-DD). Mollie may answer `pending` while it checks the account; a first debit on it is
 * then refused or waits, which the payment's own state reports.
 */
export async function createMollieDebitMandate(
  mollie: MollieClient,
  timeoutMs: number,
  request: DebitMandateRequest & { customerId: string },
): Promise<DebitMandate> {
  const mandate = await callMollie('mandate creation', timeoutMs, () =>
    mollie.customerMandates.create({
      customerId: request.customerId,
      method: MandateMethod.directdebit,
      consumerName: request.accountHolder,
      consumerAccount: request.iban,
      signatureDate: request.signedAt.toISOString().slice(0, 10),
      mandateReference: request.mandateReference,
      idempotencyKey: `mandate-${request.reference}`,
    }),
  );
  return {
    mandateRef: formatMollieMandateRef({ customerId: request.customerId, mandateId: mandate.id }),
    providerCustomerId: request.customerId,
    status: mandate.status === MandateStatus.valid ? 'valid' : 'pending',
  };
}
