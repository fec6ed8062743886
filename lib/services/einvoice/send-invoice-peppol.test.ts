import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { folderPeppolSender } from '@/lib/einvoice/peppol-sender';
import { embeddedReactions } from '@/lib/services/events/embedded-reactions';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { sendInvoicePeppol } from './send-invoice-peppol';

// The buyer's Peppol id is not stored on customers yet (it is being added with the customer's
// type); a business with one is stood in for by giving the frozen buyer an id here.
const buyerId = vi.hoisted(() => ({ current: null as { scheme: string; value: string } | null }));
vi.mock('@/lib/einvoice/einvoice-parties', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/einvoice/einvoice-parties')>();
  return {
    ...original,
    buyerOf: (...args: Parameters<typeof original.buyerOf>) => {
      const buyer = original.buyerOf(...args);
      return buyerId.current ? { ...buyer, kind: 'business' as const, peppolId: buyerId.current } : buyer;
    },
  };
});

const folder = mkdtempSync(path.join(tmpdir(), 'peppol-access-point-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => {
  buyerId.current = null;
  vi.unstubAllEnvs();
});

test('without an access point nothing is sent; a buyer without a Peppol id is skipped', async () => {
  const { invoice } = await createTestInvoice('en');
  expect(await sendInvoicePeppol(invoice.id, null)).toEqual({ status: 'skipped', reason: 'no-access-point' });
  expect(await sendInvoicePeppol(invoice.id, folderPeppolSender(folder))).toEqual({ status: 'skipped', reason: 'no-peppol-id' });
  expect(readdirSync(folder)).toEqual([]);
});

test('after finalisation the reaction hands a Peppol buyer its EHF, PDF inside, once however often it runs', async () => {
  const { invoice } = await createTestInvoice('en');
  buyerId.current = { scheme: '0192', value: '912345696' };
  vi.stubEnv('KADENS_PEPPOL_OUTBOX_DIR', folder);
  const react = embeddedReactions['billing/invoice.finalized']['send-invoice-peppol']!;

  const first = await react({ invoiceId: invoice.id });
  const messageId = `0192_912345696/invoices/${invoice.number}.xml`;
  expect(first).toEqual({ status: 'sent', messageId });
  const xml = readFileSync(path.join(folder, messageId), 'utf8');
  expect(xml).toContain('<cbc:EndpointID schemeID="0192">912345696</cbc:EndpointID>');
  expect(xml).toContain('mimeCode="application/pdf"');
  // A redelivered event changes nothing.
  expect(await react({ invoiceId: invoice.id })).toEqual({ status: 'sent', messageId });
  expect(existsSync(path.join(folder, messageId))).toBe(true);
});
