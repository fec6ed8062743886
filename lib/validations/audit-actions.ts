/**
 * What a staff member can do that the audit log records, with the label the audit page shows.
 * Test clocks are left out: they only move simulated customers.
 */
export const AUDIT_ACTIONS = {
  'payment.register': 'Payment registered by hand',
  'payment.mark-paid': 'Abandoned checkout marked paid',
  'payment.mark-not-paid': 'Abandoned checkout marked not paid',
  'bank-file.import': 'Bank file imported',
  'bank-transaction.resolve': 'Bank transaction matched or ignored',
  'credit-note.issue': 'Credit note issued',
  'subscription.stop': 'Subscription stopped',
  'subscription.pause': 'Subscription paused',
  'subscription.resume': 'Subscription resumed',
  'subscription.change-plan': 'Subscription plan changed',
  'subscription.update': 'Subscription changed (collection, stop called off)',
  'subscription.extend': 'Subscription extended as a goodwill gesture',
  'subscription.one-off-charge': 'One-off charge added to a subscription',
  'plan.create': 'Plan created',
  'plan.update': 'Plan changed',
  'dunning-plan.create': 'Reminder process created',
  'dunning-plan.update': 'Reminder process changed',
  'product.create': 'Product created',
  'product.update': 'Product changed',
  'coupon.create': 'Coupon created',
  'coupon.update': 'Coupon changed',
  'settings.update': 'Settings changed',
  'text.update': 'E-mail or page text changed',
  'text.reset': 'E-mail or page text reset to the default',
  'staff.add': 'Staff member added',
  'staff.role-change': 'Staff role changed',
  'staff.remove': 'Staff member removed',
  'customer.erase': 'Customer’s personal data erased',
  'customer.self-service': 'Customer’s self-service stop allowed or forbidden',
  'customer.self-service-pause': 'Customer’s self-service pause allowed or forbidden',
  'customer.details': 'Customer’s details changed',
  'email.resend': 'E-mail sent again',
  'api-key.create': 'API key created',
  'api-key.revoke': 'API key revoked',
  'webhook-endpoint.create': 'Webhook endpoint added',
  'webhook-endpoint.rotate-secret': 'Webhook signing secret rotated',
  'webhook-endpoint.enable': 'Webhook endpoint switched on',
  'webhook-endpoint.disable': 'Webhook endpoint switched off',
  'webhook-endpoint.delete': 'Webhook endpoint deleted',
  'webhook-delivery.replay': 'Webhook delivery sent again',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

/** The kinds of record an entry is about (what `recordId` is the id of). */
export const AUDIT_RECORD_TYPES = [
  'invoice',
  'payment',
  'bank-import',
  'bank-transaction',
  'subscription',
  'plan',
  'dunning-plan',
  'product',
  'coupon',
  'settings',
  'text',
  'user',
  'customer',
  'email',
  'api-key',
  'webhook-endpoint',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
