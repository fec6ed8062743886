import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildEinvoiceDocument } from '../build-document';
import { serializeUbl } from '../serialize-ubl';
import { demoExamples } from './demo-examples';

/** Kept with the tests' documents, so CI runs the official rules on the examples too. */
const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');

test('every demo example is a complete document, with the VAT the rules decide for its buyer', () => {
  mkdirSync(OUTPUT, { recursive: true });
  const summary: Record<string, string> = {};
  for (const [name, input] of Object.entries(demoExamples())) {
    const built = buildEinvoiceDocument(input);
    if (!built.ok) throw new Error(`${name}: ${built.error.message}`);
    const xml = serializeUbl(built.value);
    writeFileSync(path.join(OUTPUT, `example-${name}.xml`), xml);
    summary[name] = built.value.totals.breakdown.map((entry) => `${entry.category.code}${entry.category.rateBp / 100}`).join(' ');
    if (name === 'no-b2b-nok-kid') expect(xml).toMatch(/<cbc:PaymentID>\d+<\/cbc:PaymentID>/);
    if (name === 'eu-reverse-charge') expect(xml).toContain('Reverse charge: VAT to be accounted for by the customer');
  }
  expect(summary).toEqual({
    'no-b2b-nok-kid': 'S25',
    'nl-b2b-eur': 'S21 S9',
    'de-b2c-oss': 'S7',
    'eu-reverse-charge': 'AE0',
    'export-ch': 'G0',
    'credit-note': 'S21 S9',
    'coupon-nl-b2c': 'S9 S21',
    'reminder-fee-no-invoice': 'S25',
    'reminder-fee-no': 'O0',
  });
});
