import { describe, expect, test } from 'vitest';
import { invoiceOrderAccess, type CreditDecision, type InvoiceAccess } from './invoice-order-access';

describe('invoiceOrderAccess', () => {
  test.each<[InvoiceAccess, CreditDecision | null, ReturnType<typeof invoiceOrderAccess>]>([
    ['order', null, { ok: true, value: 'order' }],
    ['payment', null, { ok: true, value: 'payment' }],
    ['order', 'allow', { ok: true, value: 'order' }],
    ['payment', 'allow', { ok: true, value: 'payment' }],
    ['order', 'allow_after_payment', { ok: true, value: 'payment' }],
    ['payment', 'allow_after_payment', { ok: true, value: 'payment' }],
    ['order', 'refuse', { ok: false, error: 'refused' }],
    ['payment', 'refuse', { ok: false, error: 'refused' }],
  ])('setting %s, credit check %s', (setting, decision, expected) => {
    expect(invoiceOrderAccess(setting, decision)).toEqual(expected);
  });
});
