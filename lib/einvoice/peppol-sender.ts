import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '@/lib/billing/result';
import { resolveBuyerEndpoint } from './buyer-endpoint';
import type { EinvoiceDocument } from './document';
import { einvoiceFileName } from './export-einvoices-zip';
import { serializeUbl } from './serialize-ubl';

export type SendError = { code: 'not-routable' | 'transport'; message: string };

/**
 * Hands a document to a Peppol access point. Real access points (an HTTP API of a provider) are
 * adapters behind this interface; the one built in writes to a folder, for development and tests
 * (no network), and for shops whose access point collects files.
 */
export interface PeppolSender {
  send(doc: EinvoiceDocument): Promise<Result<{ messageId: string }, SendError>>;
}

/** Writes `<receiver scheme>_<receiver id>/<invoices|credit-notes>/<number>.xml` under `folder`. */
export function folderPeppolSender(folder: string): PeppolSender {
  return {
    async send(doc) {
      const endpoint = resolveBuyerEndpoint(doc.buyer, doc.seller);
      if (!endpoint.routable) {
        return err({
          code: 'not-routable',
          message: `${doc.buyer.name} has no Peppol participant id: the document can be downloaded, not sent.`,
        });
      }
      const receiver = `${endpoint.id.scheme}_${endpoint.id.value}`.replace(/[^A-Za-z0-9._-]/g, '_');
      const file = path.join(folder, receiver, einvoiceFileName(doc));
      const xml = serializeUbl(doc);
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, xml, { flag: 'wx' });
      } catch (error) {
        // Delivery is at least once: the same document again is already handed over; another
        // document under the same number is refused rather than overwriting what was sent.
        const already = await readFile(file, 'utf8').catch(() => null);
        if (already !== xml) return err({ code: 'transport', message: `Could not write ${file}: ${(error as Error).message}` });
      }
      return ok({ messageId: path.relative(folder, file) });
    },
  };
}
