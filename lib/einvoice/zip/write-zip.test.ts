import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { afterAll, expect, test } from 'vitest';
import { readZip } from '../test-support/read-zip';
import { writeZip, type ZipEntry } from './write-zip';

const dir = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function zipTo(file: string, entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>) {
  const out = createWriteStream(file);
  const result = await writeZip(entries, out);
  out.end();
  await finished(out);
  return result;
}

test('entries come back byte for byte, in order, with UTF-8 names', async () => {
  const file = path.join(dir, 'small.zip');
  const entries = [
    { name: 'invoices/TH-1.xml', data: '<Invoice>ø æ å €</Invoice>' },
    { name: 'credit-notes/TH-CN-1.xml', data: new TextEncoder().encode('<CreditNote/>') },
    { name: 'empty.xml', data: '' },
  ];
  const result = await zipTo(file, entries);
  expect(result.count).toBe(3);
  const read = await readZip(file);
  expect([...read.keys()]).toEqual(['invoices/TH-1.xml', 'credit-notes/TH-CN-1.xml', 'empty.xml']);
  expect(read.get('invoices/TH-1.xml')).toBe('<Invoice>ø æ å €</Invoice>');
  expect(read.get('credit-notes/TH-CN-1.xml')).toBe('<CreditNote/>');
});

test('more than 65,535 entries: the ZIP64 end records make them all readable', async () => {
  const file = path.join(dir, 'many.zip');
  const count = 70_000;
  async function* many() {
    for (let index = 0; index < count; index++) yield { name: `doc-${index}.xml`, data: `<Invoice><ID>${index}</ID></Invoice>` };
  }
  expect((await zipTo(file, many())).count).toBe(count);
  const read = await readZip(file, (name) => name.startsWith('doc-6999'));
  expect(read.size).toBe(count);
  expect([...read.keys()][count - 1]).toBe('doc-69999.xml');
  expect(read.get('doc-69999.xml')).toBe('<Invoice><ID>69999</ID></Invoice>');
}, 120_000);

test('a slow reader is waited for: what is buffered stays small however much is written', async () => {
  let peakBuffered = 0;
  let received = 0;
  const slow = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      setImmediate(done);
    },
  });
  const data = 'x'.repeat(4_000) + Math.random();
  async function* entries() {
    for (let index = 0; index < 2_000; index++) {
      peakBuffered = Math.max(peakBuffered, slow.writableLength);
      yield { name: `doc-${index}.xml`, data: data + index };
    }
  }
  const { bytes } = await writeZip(entries(), slow);
  slow.end();
  await finished(slow);
  expect(received).toBe(bytes);
  // Without waiting for 'drain' all ~100 kB of compressed output would pile up in the stream.
  expect(peakBuffered).toBeLessThan(20 * 1024);
});

test('a date outside the years a zip can state (1980-2107) is stated as the nearest one, not an error', async () => {
  const file = path.join(dir, 'far-dates.zip');
  await zipTo(file, [
    { name: 'far-future.xml', data: '<Invoice/>', mtime: new Date('2500-07-01T12:00:00Z') },
    { name: 'far-past.xml', data: '<Invoice/>', mtime: new Date('1970-01-01T00:00:00Z') },
  ]);
  expect([...(await readZip(file)).keys()]).toEqual(['far-future.xml', 'far-past.xml']);
});
