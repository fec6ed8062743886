import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { payLinkPath, payLinkToken, verifyPayLinkToken } from './pay-link';

const invoiceId = randomUUID();
const issuedAt = new Date('2026-03-01T09:00:00Z');

describe('pay link tokens', () => {
  test('carry the invoice and the moment the link was issued, signed', () => {
    const token = payLinkToken(invoiceId, issuedAt);
    expect(verifyPayLinkToken(token)).toEqual({ invoiceId, issuedAt });
    expect(payLinkPath(invoiceId, issuedAt)).toBe(`/pay/${token}`);
  });

  test('a link made younger (its issue time changed) does not verify', () => {
    const [id, , signature] = payLinkToken(invoiceId, issuedAt).split('.');
    const younger = Math.floor(Date.now() / 1000).toString(36);
    expect(verifyPayLinkToken(`${id}.${younger}.${signature}`)).toBeNull();
  });

  test('a link pointed at another invoice does not verify', () => {
    const [, issued, signature] = payLinkToken(invoiceId, issuedAt).split('.');
    expect(verifyPayLinkToken(`${randomUUID()}.${issued}.${signature}`)).toBeNull();
  });

  test.each(['', 'nonsense', `${invoiceId}`, `${invoiceId}..`, `${invoiceId}.abc.def.ghi`, `not-a-uuid.1.2`])('rejects %j', (token) => {
    expect(verifyPayLinkToken(token)).toBeNull();
  });
});
