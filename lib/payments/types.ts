/**
 * A payment's state at the provider, in our words.
 * - `open`: created, the payer has not finished (checkout) or the provider has not answered yet.
 * - `pending`: accepted but not settled (a SEPA debit waiting for the bank, a bank-transfer iDEAL).
 * - `paid`: money received. A SEPA debit can still bounce later, which arrives as `charged_back`.
 * - `failed` / `canceled`: no money; `failureKind` says whether retrying can help.
 * - `charged_back`: was paid, then reversed (bounced debit, card chargeback).
 */
export type ProviderPaymentStatus = 'open' | 'pending' | 'paid' | 'failed' | 'canceled' | 'charged_back';

/** Temporary: try again later (insufficient funds, issuer unavailable). Permanent: a new method is needed. */
export type FailureKind = 'temporary' | 'permanent';

export type ProviderPayment = {
  providerPaymentId: string;
  status: ProviderPaymentStatus;
  failureReason: string | null;
  failureKind: FailureKind | null;
  /** A reusable mandate for off-session charges, when the payment created one. */
  mandateRef: string | null;
  /** What the payer used, in the provider's words ('ideal', 'card', 'directdebit', ...), when known. */
  method: string | null;
  /**
   * The country of the card that paid (ISO 3166 alpha-2, its issuer's), when the provider tells it:
   * Mollie's `details.cardCountryCode`, Stripe's charge `payment_method_details.card.country`.
   * Kept as OSS evidence of where a consumer is; null for other methods.
   */
  cardCountry: string | null;
  /** What the provider tells of the chargeback of a `charged_back` payment, when it tells it. */
  chargeback?: ProviderChargeback | null;
};

/**
 * A paid payment taken back. `reasonCode`: the SEPA return code (MD06, AM04...) or the card
 * scheme's; null when the provider gave none. `feeMinor`: what the provider charges the merchant
 * for it, in the payment's currency, when it reports one.
 */
export type ProviderChargeback = { at: Date; reasonCode: string | null; feeMinor: number | null };

/**
 * A chargeback as a provider's list of them names it: which payment it took money back from, and
 * when the provider made it. What it means for us is read from the payment itself (getPayment),
 * as for a webhook.
 */
export type ListedChargeback = { providerChargebackId: string; providerPaymentId: string; createdAt: Date };

export type CheckoutRequest = {
  reference: string; // our payment id, shown to the provider for reconciliation
  amountMinor: number;
  currency: string;
  description: string;
  method: string;
  returnUrl: string;
  /** Where the provider reports state changes; absent for the test provider. */
  webhookUrl?: string;
  /** Ask for a mandate so later terms can be charged off-session. */
  recurring: boolean;
  /** The provider's own customer id, when we already have one. */
  providerCustomerId?: string | null;
  /** The payer's billing country (the test provider's card comes from there). */
  billingCountry?: string | null;
};

export type MandateChargeRequest = {
  idempotencyKey: string;
  /**
   * Our own id for what is charged (a checkout's payment row), kept by the provider with the
   * charge (Mollie: its metadata), so a charge whose answer we never stored can be found by it
   * even where we do not know the mandate yet (PaymentLookup `debit`).
   */
  reference?: string;
  mandateRef: string;
  amountMinor: number;
  currency: string;
  description: string;
  providerCustomerId?: string | null;
  webhookUrl?: string;
};

export type RefundRequest = {
  idempotencyKey: string;
  providerPaymentId: string;
  amountMinor: number;
  currency: string;
  description: string;
};

export type ProviderRefund = {
  providerRefundId: string;
  status: 'pending' | 'refunded' | 'failed';
};

/**
 * What a create call carried, to find what it left at the provider when its answer never came
 * (it timed out, or our process died before storing it): a checkout by our reference, an
 * off-session charge by its idempotency key (on the mandate it charged). `since`: no earlier than
 * this was the call made, so a provider can limit its search.
 */
export type PaymentLookup =
  | { kind: 'checkout'; reference: string; since: Date }
  | { kind: 'charge'; idempotencyKey: string; mandateRef: string; providerCustomerId?: string | null; since: Date }
  /**
   * A checkout's debit on the mandate the payer gave on our own page (SEPA), made with our payment
   * id as both its `reference` and its idempotency key. The mandate may be unknown to us (the
   * process died before anything of the provider's was stored), so it is found by our id alone.
   */
  | { kind: 'debit'; reference: string; since: Date };

/** A payment found by its key, with its hosted page when it is a checkout that still has one. */
export type FoundPayment = ProviderPayment & { checkoutUrl: string | null };

/**
 * Saving a payment method for later off-session charges without paying anything now: the
 * payer authorises a mandate on the provider's hosted page (Stripe: a Checkout Session in setup
 * mode; Mollie: a `first` payment of the smallest amount, refunded at once; the test provider:
 * its own page).
 */
export type SetupRequest = {
  reference: string; // our setup id
  currency: string;
  description: string;
  /** The method the payer chose to add, in our words ('card', 'sepa_debit', 'paypal', ...). */
  method: string;
  returnUrl: string;
  webhookUrl?: string;
  providerCustomerId?: string | null;
};

/**
 * A SEPA Direct Debit mandate the payer gave on our own page: the account holder and an IBAN we
 * checked (lib/payments/sepa/parse-iban.ts), and their consent to the mandate text, with no payment.
 */
export type DebitMandateRequest = {
  reference: string; // our payment id: the same reference gives the same mandate
  accountHolder: string;
  iban: string;
  /** When the payer consented: the mandate's signature date. */
  signedAt: Date;
  /** The mandate reference the bank shows the payer (SEPA: at most 35 characters). */
  mandateReference: string;
  providerCustomerId?: string | null;
};

/** `pending`: the provider still checks the account; a debit on it may be refused until it is valid. */
export type DebitMandate = { mandateRef: string; providerCustomerId: string | null; status: 'valid' | 'pending' };

/**
 * What a createDebitMandate call carried, to find the mandate it may have left when its answer
 * never reached us (a timeout, or a process that died before the debit): by our reference and the
 * mandate reference made from it, among the mandates made no earlier than `since`.
 */
export type DebitMandateLookup = Pick<DebitMandateRequest, 'reference' | 'mandateReference' | 'providerCustomerId'> & { since: Date };

/** What the provider tells us about a saved method, for showing it (never for charging). */
export type MethodDetails = {
  /** 'card', 'sepa_debit', 'paypal' (our words). */
  type: 'card' | 'sepa_debit' | 'paypal';
  /** A card's brand as people know it ("Visa", "Mastercard"). */
  brand: string | null;
  last4: string | null;
  expiryMonth: number | null;
  expiryYear: number | null;
  /** A debit mandate's account, masked ("NL91 •••• 4300"). */
  ibanMasked: string | null;
};

/**
 * - `open`: the payer has not finished.
 * - `succeeded`: a mandate exists (`mandateRef`), ready for off-session charges.
 * - `failed` / `canceled`: nothing was saved.
 */
export type ProviderSetup = {
  providerSetupId: string;
  status: 'open' | 'succeeded' | 'failed' | 'canceled';
  mandateRef: string | null;
  providerCustomerId: string | null;
  details: MethodDetails | null;
};

/** A webhook turned into the ids whose state we must (re)read from the provider. */
export type WebhookResult =
  | { ok: true; providerPaymentIds: string[] }
  | { ok: false; status: 400 | 401; message: string };

export type WebhookRequest = { headers: Headers; rawBody: string };

/**
 * A provider could not be reached or did not answer in time. The charge may or may not have been
 * accepted: retry with the same idempotency key, never with a new one.
 */
export class ProviderUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderUnavailableError';
  }
}

/**
 * One interface for every provider: the test provider, Mollie and Stripe. None takes a database
 * handle: a provider is outside the shop's transactions (the test provider keeps its own ledger).
 */
export interface PaymentProvider {
  readonly id: string;
  createCheckout(request: CheckoutRequest): Promise<{ providerPaymentId: string; redirectUrl: string }>;
  getPayment(providerPaymentId: string): Promise<ProviderPayment | null>;
  /**
   * Finds the payment a create call made under this key, or null when the provider has none. Asked
   * before a timed-out or interrupted call is canceled or retried: a charge the provider took is
   * recorded, never taken twice.
   */
  findPayment(lookup: PaymentLookup): Promise<FoundPayment | null>;
  /**
   * Charges a stored mandate off-session. The idempotency key survives retries and restarts: a
   * second call with the same key returns the first call's payment, never a second charge.
   */
  chargeMandate(request: MandateChargeRequest): Promise<ProviderPayment>;
  /**
   * Starts saving a payment method on the provider's hosted page, with no payment for the payer
   * (see SetupRequest). The same reference again returns the same setup.
   */
  createSetup(request: SetupRequest): Promise<{ providerSetupId: string; redirectUrl: string }>;
  /**
   * Creates a SEPA Direct Debit mandate from an account holder and IBAN the payer entered on our
   * page (Mollie's create-mandate API; the test provider). Absent where the provider collects the
   * IBAN on its own hosted page (Stripe: a Checkout Session with sepa_debit).
   */
  createDebitMandate?(request: DebitMandateRequest): Promise<DebitMandate>;
  /**
   * The live mandate (valid or pending) a createDebitMandate call with this reference left, or
   * null when there is none. Asked before an intent that never debited is given up, so its
   * mandate is revoked instead of left chargeable and unknown to us. Throws
   * ProviderUnavailableError when the provider did not answer.
   */
  findDebitMandate?(lookup: DebitMandateLookup): Promise<DebitMandate | null>;
  /** A setup's outcome as the provider has it now; null when the provider does not know it. */
  getSetup(providerSetupId: string): Promise<ProviderSetup | null>;
  /** Refunds all or part of a paid payment; the same key never refunds twice. */
  refund(request: RefundRequest): Promise<ProviderRefund>;
  /**
   * Ends a stored mandate at the provider, so nothing can be charged on it any more (the customer
   * removed the method). `gone`: the provider had no such mandate, or it was revoked already, which
   * is the same outcome; a second call is harmless. Throws ProviderUnavailableError when the provider
   * did not answer, to be tried again later.
   */
  revokeMandate(mandateRef: string): Promise<'revoked' | 'gone'>;
  /**
   * Every chargeback the provider made at or after `since`, all pages read (newest first at
   * Mollie and Stripe, whose chargebacks are disputes; the order is not promised). The daily poll
   * asks it so that a chargeback whose webhook was lost is still recorded. Absent where the
   * provider cannot list them. Throws ProviderUnavailableError when the provider did not answer,
   * part-way through the pages too: nothing is returned then.
   */
  listChargebacks?(since: Date): Promise<ListedChargeback[]>;
  /**
   * Verifies a webhook delivery and names the payments it concerns. Never trusts the body for the
   * state: callers read each payment back with getPayment, so duplicates and out-of-order
   * deliveries converge on the provider's current state.
   */
  parseWebhook(request: WebhookRequest): Promise<WebhookResult>;
}
