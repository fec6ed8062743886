/**
 * `npm run bench:einvoice [-- 100000 [out.zip]]`: a month of e-invoices into one zip.
 * `npm run bench:einvoice -- db [20000]`: the month export read from PostgreSQL (einvoice-period-export.ts).
 *
 * N documents are made one by one from varied inputs (as rows paged from the database would be),
 * checked and totalled (buildEinvoiceDocument), serialized as Peppol UBL and streamed into a zip
 * (to /dev/null, or the file given). Printed: documents/s, peak RSS, and the ratio to a bare loop
 * in the same run that only builds and serializes the same documents (no zip): what the zip costs.
 */
import { createWriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { buildEinvoiceDocument } from '@/lib/einvoice/build-document';
import type { EinvoiceDocument, EinvoiceInput } from '@/lib/einvoice/document';
import { exportEinvoicesZip } from '@/lib/einvoice/export-einvoices-zip';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';
import { SCENARIOS } from '@/lib/einvoice/test-support/scenarios';

const count = Number(process.argv[2] === 'db' ? 0 : (process.argv[2] ?? 100_000));
const target = process.argv[3] ?? '/dev/null';
const templates = Object.values(SCENARIOS).filter((input) => !input.attachment);

/** The i-th document of the month: a scenario with its own number, quantities and buyer reference. */
function inputFor(index: number): EinvoiceInput {
  const template = templates[index % templates.length];
  return {
    ...template,
    number: `${template.number}-${index}`,
    buyerReference: `REF-${index % 9973}`,
    lines: template.lines.map((line) => ({ ...line, quantity: 1 + ((index + line.quantity) % 7) })),
  };
}

function* documents(): Generator<EinvoiceDocument> {
  for (let index = 0; index < count; index++) {
    // Sampled here: the bare loop is synchronous, so a timer would never see its peak.
    if (index % 1_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const built = buildEinvoiceDocument(inputFor(index));
    if (!built.ok) throw new Error(built.error.message);
    yield built.value;
  }
}

let peakRss = 0;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function main() {
  const startRss = process.memoryUsage().rss;

  let t0 = performance.now();
  let xmlBytes = 0;
  for (const doc of documents()) xmlBytes += serializeUbl(doc).length;
  const bareMs = performance.now() - t0;
  const bareRss = peakRss;

  peakRss = 0;
  t0 = performance.now();
  const out = createWriteStream(target);
  const { bytes } = await exportEinvoicesZip(documents(), out);
  out.end();
  await finished(out);
  const zipMs = performance.now() - t0;

  const rate = (ms: number) => Math.round(count / (ms / 1000));
  console.log(`documents:            ${count} (${mb(xmlBytes)} MB of XML, zip ${mb(bytes)} MB)`);
  console.log(`build + UBL only:     ${(bareMs / 1000).toFixed(1)} s, ${rate(bareMs)} documents/s, peak RSS ${mb(bareRss)} MB`);
  console.log(`build + UBL + zip:    ${(zipMs / 1000).toFixed(1)} s, ${rate(zipMs)} documents/s, peak RSS ${mb(peakRss)} MB (start ${mb(startRss)} MB)`);
  console.log(`zip / bare time:      ${(zipMs / bareMs).toFixed(2)}x   target >= 2000 documents/s: ${rate(zipMs) >= 2000 ? 'met' : 'NOT met'}`);
}

const run = process.argv[2] === 'db' ? () => import('./einvoice-period-export').then((m) => m.benchPeriodExport(Number(process.argv[3] ?? 20_000))) : main;
run().catch((error) => {
  console.error(error);
  process.exit(1);
});
