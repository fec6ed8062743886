import { describe, expect, test } from 'vitest';
import { stopOffer, stopRefusal, undoStopRefusal, type SelfServiceStopState } from './self-service-stop';

const END = new Date('2026-04-01T00:00:00Z');
const base: SelfServiceStopState = {
  status: 'active',
  cancelAtPeriodEnd: false,
  currentPeriodEnd: END,
  commitmentEndsAt: null,
  shopAllows: true,
  customerAllows: true,
  nextTermInvoiced: false,
};

describe('stopRefusal and stopOffer', () => {
  test.each([
    ['allowed', {}, null, 'stop'],
    ['the shop forbids it', { shopAllows: false }, 'not_allowed', 'none'],
    ['forbidden for this customer', { customerAllows: false }, 'not_allowed', 'none'],
    ['ended', { status: 'ended' }, 'not_running', 'none'],
    ['suspended', { status: 'suspended' }, 'not_running', 'none'],
    ['already stopping', { cancelAtPeriodEnd: true }, 'already_scheduled', 'undo'],
    ['inside a commitment', { commitmentEndsAt: new Date('2027-03-01T00:00:00Z') }, 'in_commitment', 'commitment'],
    ['the term ends with the commitment', { commitmentEndsAt: END }, null, 'stop'],
    ['next term already invoiced', { nextTermInvoiced: true }, 'next_term_invoiced', 'none'],
    ['trialing', { status: 'trialing' }, null, 'stop'],
  ] as const)('%s', (_name, over, refusal, offer) => {
    const state = { ...base, ...over } as SelfServiceStopState;
    expect(stopRefusal(state)?.code ?? null).toBe(refusal);
    expect(stopOffer(state).kind).toBe(offer);
  });

  test('a scheduled stop is not offered for undoing once the merchant forbids it', () => {
    expect(stopOffer({ ...base, cancelAtPeriodEnd: true, customerAllows: false }).kind).toBe('none');
    expect(undoStopRefusal({ ...base, cancelAtPeriodEnd: true, shopAllows: false })).toEqual({ code: 'not_allowed' });
    expect(undoStopRefusal({ ...base, cancelAtPeriodEnd: false })).toEqual({ code: 'not_scheduled' });
    expect(undoStopRefusal({ ...base, cancelAtPeriodEnd: true })).toBeNull();
  });
});
