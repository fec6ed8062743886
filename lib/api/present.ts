import type { Coupon, CreditNote, Customer, DomainEventRow, Invoice, InvoiceLine, Payment, Plan, Product, Refund, Subscription } from '@/db/schema';

// Rows → the API's objects: snake_case, amounts in minor units, instants in ISO 8601 (UTC).

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

export const presentCustomer = (c: Customer) => ({
  id: c.id,
  object: 'customer' as const,
  name: c.name,
  email: c.email,
  company_name: c.companyName,
  vat_id: c.vatId,
  customer_type: c.customerType,
  address: { line1: c.addressLine1, line2: c.addressLine2, postal_code: c.postalCode, city: c.city, country: c.country },
  locale: c.locale,
  erased: c.erasedAt !== null,
  created_at: iso(c.createdAt),
});

export const presentSubscription = (s: Subscription) => ({
  id: s.id,
  object: 'subscription' as const,
  customer: s.customerId,
  plan: s.planId,
  status: s.status,
  quantity: s.quantity,
  currency: s.currency,
  unit_amount: s.unitPriceMinor,
  current_period_start: iso(s.currentPeriodStart),
  current_period_end: iso(s.currentPeriodEnd),
  cancel_at_period_end: s.cancelAtPeriodEnd,
  collection: s.collection,
  canceled_at: isoOrNull(s.canceledAt),
  ended_at: isoOrNull(s.endedAt),
  trial_ends_at: isoOrNull(s.trialEndsAt),
  commitment_ends_at: isoOrNull(s.commitmentEndsAt),
  created_at: iso(s.createdAt),
});

export const presentProduct = (p: Product) => ({
  id: p.id,
  object: 'product' as const,
  name: p.name,
  slug: p.slug,
  description: p.description,
  kind: p.kind,
  active: p.active,
  created_at: iso(p.createdAt),
});

export const presentPlan = (p: Plan) => ({
  id: p.id,
  object: 'plan' as const,
  product: p.productId,
  code: p.code,
  name: p.name,
  interval: p.intervalUnit,
  interval_count: p.intervalCount,
  currency: p.currency,
  amount: p.priceMinor,
  setup_fee: p.setupFeeMinor,
  trial_days: p.trialDays,
  commitment_months: p.commitmentMonths,
  tax_rate_bp: p.taxRateBp,
  active: p.active,
});

export const presentCoupon = (c: Coupon) => ({
  id: c.id,
  object: 'coupon' as const,
  code: c.code,
  kind: c.kind,
  percent_off: c.percentOff,
  amount_off: c.amountOffMinor,
  currency: c.currency,
  duration: c.duration,
  duration_terms: c.durationTerms,
  valid_from: isoOrNull(c.validFrom),
  valid_until: isoOrNull(c.validUntil),
  max_redemptions: c.maxRedemptions,
  times_redeemed: c.timesRedeemed,
  active: c.active,
  created_at: iso(c.createdAt),
});

export const presentInvoice = (i: Invoice) => ({
  id: i.id,
  object: 'invoice' as const,
  number: i.number,
  status: i.status,
  customer: i.customerId,
  subscription: i.subscriptionId,
  currency: i.currency,
  subtotal: i.subtotalMinor,
  tax: i.taxMinor,
  total: i.totalMinor,
  amount_paid: i.amountPaidMinor,
  amount_credited: i.creditedMinor,
  issued_at: isoOrNull(i.issuedAt),
  due_at: isoOrNull(i.dueAt),
  paid_at: isoOrNull(i.paidAt),
  created_at: iso(i.createdAt),
});

export const presentInvoiceLine = (l: InvoiceLine) => ({
  id: l.id,
  kind: l.kind,
  description: l.description,
  quantity: l.quantity,
  unit_amount: l.unitAmountMinor,
  amount: l.amountMinor,
  tax_rate_bp: l.taxRateBp,
  tax: l.taxMinor,
  period_start: isoOrNull(l.periodStart),
  period_end: isoOrNull(l.periodEnd),
});

export const presentPayment = (p: Payment) => ({
  id: p.id,
  object: 'payment' as const,
  customer: p.customerId,
  invoice: p.invoiceId,
  amount: p.amountMinor,
  currency: p.currency,
  status: p.status,
  method: p.method,
  source: p.source,
  failure_reason: p.failureReason,
  settled_at: isoOrNull(p.settledAt),
  created_at: iso(p.createdAt),
});

export const presentCreditNote = (n: CreditNote) => ({
  id: n.id,
  object: 'credit_note' as const,
  number: n.number,
  customer: n.customerId,
  invoice: n.invoiceId,
  currency: n.currency,
  subtotal: n.subtotalMinor,
  tax: n.taxMinor,
  total: n.totalMinor,
  reason: n.reason,
  disposition: n.disposition,
  issued_at: iso(n.issuedAt),
});

export const presentRefund = (r: Refund) => ({
  id: r.id,
  object: 'refund' as const,
  payment: r.paymentId,
  credit_note: r.creditNoteId,
  amount: r.amountMinor,
  currency: r.currency,
  status: r.status,
  failure_reason: r.failureReason,
  created_at: iso(r.createdAt),
});

export const presentEvent = (e: DomainEventRow) => ({
  id: e.id,
  object: 'event' as const,
  type: e.name,
  subject_type: e.subjectType,
  subject_id: e.subjectId,
  data: (e.payload ?? {}) as Record<string, unknown>,
  created_at: iso(e.occurredAt),
});
