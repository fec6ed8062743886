import type { Writable } from 'node:stream';
import type { EinvoiceDocument } from './document';
import { serializeUbl } from './serialize-ubl';
import { writeZip, type ZipEntry } from './zip/write-zip';

/** The file name of a document in an export: invoices/ and credit-notes/, the number made file-safe. */
export function einvoiceFileName(doc: Pick<EinvoiceDocument, 'kind' | 'number'>): string {
  const folder = doc.kind === 'credit-note' ? 'credit-notes' : 'invoices';
  return `${folder}/${doc.number.replace(/[^A-Za-z0-9._-]/g, '_')}.xml`;
}

async function* entriesOf(documents: AsyncIterable<EinvoiceDocument> | Iterable<EinvoiceDocument>): AsyncGenerator<ZipEntry> {
  for await (const doc of documents) {
    yield { name: einvoiceFileName(doc), data: serializeUbl(doc), mtime: new Date(`${doc.issueDate}T12:00:00Z`) };
  }
}

/**
 * A period's documents as one zip for the accountant: each document serialized as it comes and
 * streamed out, so a month of 100,000 documents never sits in memory (the caller pages through
 * the database and yields documents one by one).
 */
export function exportEinvoicesZip(
  documents: AsyncIterable<EinvoiceDocument> | Iterable<EinvoiceDocument>,
  out: Writable,
): Promise<{ count: number; bytes: number }> {
  return writeZip(entriesOf(documents), out);
}
