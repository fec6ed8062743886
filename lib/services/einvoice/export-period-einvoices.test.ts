import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { NextRequest } from 'next/server';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { GET } from '@/app/(merchant)/dashboard/einvoices/export/route';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { readZip } from '@/lib/einvoice/test-support/read-zip';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';

vi.mock('@/lib/auth/viewer', () => ({
  getViewer: vi.fn(),
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin' || v?.role === 'accountant',
}));
const viewer = vi.mocked(getViewer);
const ACCOUNTANT: Viewer = { userId: 'a', email: 'accountant@example.test', role: 'accountant', customerId: null };
const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');

async function issuedAt(id: string, at: string, status?: 'void') {
  const [row] = await db.update(invoices).set({ issuedAt: new Date(at), ...(status ? { status } : {}) }).where(eq(invoices.id, id)).returning();
  return row!;
}

const exportOf = (query: string) => {
  const url = `http://localhost/dashboard/einvoices/export${query}`;
  const request = Object.assign(new Request(url), { nextUrl: new URL(url) }) as unknown as NextRequest;
  return GET(request);
};

beforeEach(() => viewer.mockReset());

describe('exporting a month of e-invoices for the accountant', () => {
  test('every invoice and credit note issued in the month (shop time), problems listed, as UBL XML in one zip', async () => {
    // A month of its own in a far year: the test database is shared with other tests and runs.
    const year = 2200 + Math.floor(Math.random() * 700);
    const month = `${year}-07`;
    const first = await issuedAt((await createTestInvoice('nl', 'paid')).invoice.id, `${year}-07-01T00:30:00Z`); // 02:30 in Amsterdam: July
    const voided = await issuedAt((await createTestInvoice('en', 'open')).invoice.id, `${year}-07-10T09:00:00Z`, 'void');
    const august = await issuedAt((await createTestInvoice('en', 'open')).invoice.id, `${year}-07-31T22:30:00Z`); // 00:30 on 1 August there
    const before = await issuedAt((await createTestInvoice('en', 'open')).invoice.id, `${year}-06-30T21:59:00Z`); // 23:59 on 30 June there
    const credited = await issueCreditNote({ invoiceId: first.id, amountMinor: 1000, reason: 'Damaged issue', disposition: 'balance', staffUserId: null, now: new Date(`${year}-07-20T10:00:00Z`) });
    if (!credited.ok) throw new Error(credited.error.message);
    const note = credited.value.creditNote;

    viewer.mockResolvedValue(ACCOUNTANT);
    const response = await exportOf(`?month=${month}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="einvoices-${month}.zip"`);
    const files = await readZip(Buffer.from(await response.arrayBuffer()));

    expect([...files.keys()]).toEqual([`invoices/${first.number}.xml`, `credit-notes/${note.number}.xml`, 'problems.txt']);
    expect(files.get(`invoices/${first.number}.xml`)).toContain(`<cbc:ID>${first.number}</cbc:ID>`);
    expect(files.get(`credit-notes/${note.number}.xml`)).toContain('<CreditNote');
    expect(files.get('problems.txt')).toContain(`Invoice ${voided.number}: A voided invoice has no e-invoice.`);
    const all = [...files.values()].join('\n');
    expect(all).not.toContain(august.number!);
    expect(all).not.toContain(before.number!);

    // The exported documents pass the same official rules as the downloads.
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(path.join(OUTPUT, 'app-export-invoice.xml'), files.get(`invoices/${first.number}.xml`)!);
    writeFileSync(path.join(OUTPUT, 'app-export-credit-note.xml'), files.get(`credit-notes/${note.number}.xml`)!);
  });

  test('a month that does not parse is a 400 saying so; staff without the export right are refused', async () => {
    viewer.mockResolvedValue(ACCOUNTANT);
    for (const bad of ['2026-13', '2026-3', 'march', '2026-03-01']) {
      const response = await exportOf(`?month=${bad}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'Choose a month as YYYY-MM, e.g. 2026-03.' });
    }
    viewer.mockResolvedValue({ ...ACCOUNTANT, role: 'support' });
    expect((await exportOf('?month=2026-03')).status).toBe(403);
  });
});
