import type { Writable } from 'node:stream';
import type { EinvoiceDocument } from './document';
import { serializeUbl } from './serialize-ubl';
import { writeZip, type ZipEntry } from './zip/write-zip';

/** A document of the period that could not be made: listed in the export's problems.txt. */
export type ExportProblem = { problem: string; kind: EinvoiceDocument['kind']; number: string };

/** The name of the list of documents an export could not make. */
export const PROBLEMS_FILE = 'problems.txt';

/** The file name of a document in an export: invoices/ and credit-notes/, the number made file-safe. */
export function einvoiceFileName(doc: Pick<EinvoiceDocument, 'kind' | 'number'>): string {
  const folder = doc.kind === 'credit-note' ? 'credit-notes' : 'invoices';
  return `${folder}/${doc.number.replace(/[^A-Za-z0-9._-]/g, '_')}.xml`;
}

async function* entriesOf(items: AsyncIterable<EinvoiceDocument | ExportProblem> | Iterable<EinvoiceDocument | ExportProblem>): AsyncGenerator<ZipEntry> {
  const problems: string[] = [];
  for await (const item of items) {
    if ('problem' in item) {
      problems.push(`${item.kind === 'credit-note' ? 'Credit note' : 'Invoice'} ${item.number}: ${item.problem}`);
      continue;
    }
    yield { name: einvoiceFileName(item), data: serializeUbl(item), mtime: new Date(`${item.issueDate}T12:00:00Z`) };
  }
  if (problems.length > 0) {
    const header = `${problems.length} document(s) of this period could not be made as e-invoices:\n\n`;
    yield { name: PROBLEMS_FILE, data: `${header}${problems.join('\n')}\n` };
  }
}

/**
 * A period's documents as one zip for the accountant: each document serialized as it comes and
 * streamed out, so a month of 100,000 documents never sits in memory (the caller pages through
 * the database and yields documents one by one). Documents that could not be made are yielded as
 * problems and listed, one line each, in problems.txt at the end (only their lines are kept).
 */
export function exportEinvoicesZip(
  documents: AsyncIterable<EinvoiceDocument | ExportProblem> | Iterable<EinvoiceDocument | ExportProblem>,
  out: Writable,
): Promise<{ count: number; bytes: number }> {
  return writeZip(entriesOf(documents), out);
}
