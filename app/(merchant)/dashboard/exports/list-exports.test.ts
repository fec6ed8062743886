import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';
import { createDashboardFixture, type DashboardFixture } from '@/db/queries/dashboard/dashboard-test-fixture';
import { csvStream } from '@/lib/csv';
import { parseListQuery } from '@/lib/validations/list-query';
import { LIST_EXPORTS } from './list-exports';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
  // The fixture's made-up currency has no exponent to write amounts with; this file's invoices are in euros.
  await db.update(invoices).set({ currency: 'EUR' }).where(eq(invoices.customerId, fixture.customer.id));
});
afterAll(async () => {
  await fixture?.cleanUp();
});

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('CSV exports', () => {
  test('a stream writes the header once, then every batch; a formula typed by a customer is defused', async () => {
    async function* batches() {
      yield [{ name: 'Anna' }, { name: '=HYPERLINK("x")' }];
      yield [{ name: 'Bo, Jr.' }];
    }
    const { csvText } = await import('@/lib/csv');
    const csv = await read(csvStream([{ header: 'name', value: (row: { name: string }) => csvText(row.name) }], batches()));
    expect(csv).toBe('name\r\nAnna\r\n"\'=HYPERLINK(""x"")"\r\n"Bo, Jr."\r\n');
  });

  test('the invoices list exports every matching row with the filters of the screen', async () => {
    const target = LIST_EXPORTS.invoices!;
    const params = new URLSearchParams({ q: fixture.tag, status: 'paid' });
    const stream = await target.stream(parseListQuery(params, target.config).query, params, 'en');
    if ('error' in stream) throw new Error(stream.error);
    const lines = (await read(stream)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'invoice_id,number,status,customer_id,customer_name,customer_email,total,paid,currency,payment_reference,created_at,issued_at,due_at,dunning_steps_done',
    );
    expect(lines.slice(1).map((line) => line.split(',')[1]).sort()).toEqual([`DASH-${fixture.tag}-1`, `DASH-${fixture.tag}-4`]);
    expect(lines.find((line) => line.includes(`DASH-${fixture.tag}-1,`))).toContain(',32.00,0.00,EUR,');
  });

  test.each([
    ['en', 'The start date must be a real date written as YYYY-MM-DD, like 2026-03-31.'],
    ['nb', 'Startdatoen må være en gyldig dato skrevet som ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.'],
  ] as const)('the payments export refuses dates it cannot read, in words (%s)', async (locale, error) => {
    const target = LIST_EXPORTS.payments!;
    const params = new URLSearchParams({ from: '4431-02-30' });
    expect(await target.stream(parseListQuery(params, target.config).query, params, locale)).toEqual({ error });
  });
});
