import { expect, test } from 'vitest';
import { methodRemoval } from './method-removal';

test.each([
  // autopay, remaining, switch, allowed → answer
  [true, 1, false, false, 'allowed'],
  [true, 0, false, true, 'last_method'],
  [true, 0, true, false, 'invoice_not_allowed'],
  [true, 0, true, true, 'allowed'],
  [false, 0, false, false, 'allowed'],
] as const)('autopay %s, %i left, switch to invoice %s, shop allows it %s: %s', (autopayOn, remaining, switchToInvoice, payByInvoiceAllowed, answer) => {
  expect(methodRemoval({ autopayOn, remaining, switchToInvoice, payByInvoiceAllowed })).toBe(answer);
});
