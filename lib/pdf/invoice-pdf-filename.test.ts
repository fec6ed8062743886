import { expect, test } from 'vitest';
import { invoicePdfFilename } from './invoice-pdf-filename';

test.each([
  ['KD-000042', 'KD-000042.pdf'],
  ['2026/17', '2026-17.pdf'],
  ['A "quoted" no', 'A-quoted-no.pdf'],
  ['../../etc', 'etc.pdf'],
  ['', 'invoice.pdf'],
])('%j → %s', (number, filename) => {
  expect(invoicePdfFilename(number)).toBe(filename);
});
