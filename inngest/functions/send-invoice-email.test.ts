import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { sendInvoiceEmailFunction } from './send-invoice-email';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('send-invoice-email', () => {
  test('on billing/invoice.finalized, its step writes the invoice e-mail to the outbox once', async () => {
    const { invoice } = await createTestInvoice('de');
    const engine = new InngestTestEngine({
      function: sendInvoiceEmailFunction,
      events: [{ name: 'billing/invoice.finalized', data: { invoiceId: invoice.id } }],
    });

    const { result, ctx } = await engine.execute();
    await engine.execute();

    expect(ctx.step.run).toHaveBeenCalledWith('send-invoice-email', expect.any(Function));
    expect(result).toMatchObject({ created: true, status: 'stored' });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice.id}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.subject).toBe(`Rechnung ${invoice.number} von Kadens Demo Shop`);
  });
});
