import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildEinvoiceDocument } from './build-document';
import type { EinvoiceInput } from './document';
import { folderPeppolSender } from './peppol-sender';
import { SCENARIOS } from './test-support/scenarios';

const folder = mkdtempSync(path.join(tmpdir(), 'peppol-out-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function built(input: EinvoiceInput) {
  const result = buildEinvoiceDocument(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

test('the folder adapter files a business document under its receiver, once', async () => {
  const sender = folderPeppolSender(folder);
  const doc = built(SCENARIOS['no-b2b-nok-kid']);
  const sent = await sender.send(doc);
  expect(sent).toEqual({ ok: true, value: { messageId: '0192_912345696/invoices/2026-1001.xml' } });
  expect(readFileSync(path.join(folder, '0192_912345696/invoices/2026-1001.xml'), 'utf8')).toContain('<cbc:ID>2026-1001</cbc:ID>');
  // The same document again (a retried delivery) is already handed over; another document under
  // the same number is refused rather than overwriting what was sent.
  expect(await sender.send(doc)).toEqual(sent);
  expect(await sender.send({ ...doc, note: 'changed' })).toMatchObject({ ok: false, error: { code: 'transport' } });
});

test('a consumer document is never sent', async () => {
  const result = await folderPeppolSender(folder).send(built(SCENARIOS['de-b2c-oss']));
  expect(result).toEqual({
    ok: false,
    error: { code: 'not-routable', message: 'Anna Schmidt has no Peppol participant id: the document can be downloaded, not sent.' },
  });
});
