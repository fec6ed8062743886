import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { afterAll, expect, test } from 'vitest';
import yauzl from 'yauzl';
import { writeZip, type ZipEntry } from './write-zip';

const dir = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Reads a zip back with an independent reader (yauzl): every entry's name, and the inflated
 * content of those `wanted` says (all by default), sizes validated.
 */
async function readZip(file: string, wanted: (name: string) => boolean = () => true): Promise<Map<string, string | null>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  const contents = new Map<string, string | null>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!wanted(entry.fileName)) {
        contents.set(entry.fileName, null);
        return zip.readEntry();
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          contents.set(entry.fileName, Buffer.concat(chunks).toString());
          zip.readEntry();
        });
        stream.on('error', reject);
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return contents;
}

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
