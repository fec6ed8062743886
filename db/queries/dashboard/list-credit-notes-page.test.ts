import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import * as s from '@/db/schema';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { defaultListQuery } from '@/lib/validations/list-query';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { CREDIT_NOTE_LIST, listCreditNotesPage } from './list-credit-notes-page';

// The credit notes list's search: by the note's number, its invoice's number, the name the note
// was issued to, or the customer's e-mail; each found, and nothing else.
let fixture: DashboardFixture;
let notes: s.CreditNote[];
beforeAll(async () => {
  fixture = await createDashboardFixture();
  const seriesId = `dash-cn-${fixture.tag}`;
  await db.insert(s.invoiceSeries).values({ id: seriesId, prefix: `DCN-${fixture.tag}-` });
  const { paidInvoice, lastMonthInvoice } = fixture.invoices;
  const note = (invoice: typeof paidInvoice, sequence: number, name: string) => ({
    customerId: fixture.customer.id,
    invoiceId: invoice.id,
    seriesId,
    sequenceNumber: sequence,
    number: `DCN-${fixture.tag}-${sequence}`,
    currency: fixture.currency,
    subtotalMinor: 100,
    taxMinor: 21,
    totalMinor: 121,
    reason: 'Returned',
    disposition: 'balance' as const,
    customerSnapshot: { ...invoice.customerSnapshot!, name },
    issuedAt: new Date(`2031-05-1${sequence}T09:00:00Z`),
  });
  notes = await db
    .insert(s.creditNotes)
    .values([note(paidInvoice, 1, `Credited Person ${fixture.tag}`), note(lastMonthInvoice, 2, 'Someone Else')])
    .returning();
});
afterAll(async () => {
  if (notes) await db.delete(s.creditNotes).where(inArray(s.creditNotes.id, notes.map((n) => n.id)));
  await db.delete(s.invoiceSeries).where(inArray(s.invoiceSeries.id, [`dash-cn-${fixture?.tag}`]));
  await fixture?.cleanUp();
});

const search = async (q: string) => (await listCreditNotesPage(REAL_TIME, defaultListQuery(CREDIT_NOTE_LIST, { q }))).rows.map((r) => r.number);

describe('credit notes search', () => {
  test("by the note's number, its invoice's number, the name it was issued to and the customer's e-mail", async () => {
    const [first, second] = notes;
    expect(await search(`dcn-${fixture.tag}-2`)).toEqual([second!.number]);
    expect(await search(fixture.invoices.paidInvoice.number!)).toEqual([first!.number]);
    expect(await search(`credited person ${fixture.tag}`)).toEqual([first!.number]);
    expect(await search(fixture.customer.email.toUpperCase())).toEqual([second!.number, first!.number]);
    expect(await search(`${fixture.tag}_nobody`)).toEqual([]);
  });
});
