/**
 * `npm run einvoice:examples -- <dir>`: writes one EHF / Peppol BIS Billing 3.0 document per
 * scenario of the demo shop (lib/einvoice/examples/demo-examples.ts) into `dir`: Norwegian B2B in
 * NOK with KID, Dutch B2B in EUR, German B2C (OSS), intra-EU reverse charge, an export, a credit
 * note, an invoice with a coupon, and a reminder fee (on its own document, category O). Check them
 * with `npm run einvoice:validate -- <dir>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEinvoiceDocument } from '@/lib/einvoice/build-document';
import { demoExamples } from '@/lib/einvoice/examples/demo-examples';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run einvoice:examples -- <dir>');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
let failed = 0;
for (const [name, input] of Object.entries(demoExamples())) {
  const built = buildEinvoiceDocument(input);
  if (!built.ok) {
    console.error(`${name}: ${built.error.message}`);
    failed += 1;
    continue;
  }
  const file = path.join(dir, `${name}.xml`);
  writeFileSync(file, serializeUbl(built.value));
  console.log(`${file}  ${built.value.kind} ${built.value.number}, ${built.value.currency}, ${built.value.totals.breakdown.map((b) => `${b.category.code} ${b.category.rateBp / 100}%`).join(' + ')}`);
}
process.exit(failed > 0 ? 1 : 0);
