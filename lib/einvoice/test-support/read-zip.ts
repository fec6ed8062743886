import yauzl from 'yauzl';

/**
 * Reads a zip back with an independent reader (yauzl), for tests: every entry's name, in order,
 * and the inflated content of those `wanted` says (all by default; null for the others), sizes
 * validated. `source` is a file path or the zip's bytes.
 */
export async function readZip(source: string | Buffer, wanted: (name: string) => boolean = () => true): Promise<Map<string, string | null>> {
  const options = { lazyEntries: true, validateEntrySizes: true };
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    const done = (error: Error | null, opened: yauzl.ZipFile) => (error ? reject(error) : resolve(opened));
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
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
