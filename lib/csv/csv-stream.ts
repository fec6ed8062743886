import { stringify } from 'csv-stringify/sync';

/** One column of a CSV export: its header and how a row's cell is written. */
export type CsvColumn<TRow> = { header: string; value: (row: TRow) => string | number | boolean | null };

const OPTIONS = { record_delimiter: 'windows' } as const;

/**
 * A CSV file as a stream: the header, then each batch as it is read (a keyset batch from the
 * database), so a 100,000-row export never holds more than one batch in memory and the download
 * starts at once. A failure half-way aborts the download rather than ending a file that looks
 * complete.
 */
export function csvStream<TRow>(columns: CsvColumn<TRow>[], batches: AsyncIterable<TRow[]>): ReadableStream<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(stringify([columns.map((column) => column.header)], OPTIONS)));
        return;
      }
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(stringify(next.value.map((row) => columns.map((column) => column.value(row))), OPTIONS)));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

/** The headers of a CSV download that must never be cached (customer names, amounts). */
export function csvDownloadHeaders(filename: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
  };
}
