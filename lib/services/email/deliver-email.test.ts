import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import SignInLinkEmail from '@/emails/sign-in-link';
import { deliverEmail } from './deliver-email';
import { EmailDeliveryError } from './email-delivery-error';
import type { ResendClient } from './email-transport';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import { invoicePdfAttachment } from './invoice-pdf-attachment';
import { queueEmail } from './queue-email';
import { sendEmail } from './send-email';
import { createTestInvoice } from './test-fixtures';

type SendResponse = Awaited<ReturnType<ResendClient['emails']['send']>>;

/** A stand-in for the Resend SDK that answers like Resend 6 does: `{ data, error, headers }`. */
function fakeResend(...answers: Array<SendResponse | Error>) {
  const send = vi.fn<ResendClient['emails']['send']>(async () => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { resend: { emails: { send } }, send };
}

const accepted = (id: string): SendResponse => ({ data: { id }, error: null, headers: {} });
const rejected: SendResponse = {
  data: null,
  error: { name: 'validation_error', message: 'Invalid `to` field.', statusCode: 422 },
  headers: {},
};

const { locale: _locale, ...props } = SignInLinkEmail.PreviewProps;
const input = (dedupeKey: string) => ({
  template: 'sign-in-link' as const,
  to: `${randomUUID()}@example.test`,
  locale: 'en' as const,
  props,
  dedupeKey,
});

async function rowOf(id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row!;
}

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', 're_test_key');
  vi.stubEnv('EMAIL_FROM', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('deliverEmail', () => {
  test('sends through Resend with the dedupe key as idempotency key; the row becomes sent', async () => {
    const key = `test:${randomUUID()}`;
    const { id } = await queueEmail(db, input(key));
    const { resend, send } = fakeResend(accepted('re_msg_1'));

    await expect(deliverEmail(id, { resend })).resolves.toEqual({ providerMessageId: 're_msg_1', alreadySent: false });

    const row = await rowOf(id);
    expect(send).toHaveBeenCalledWith(
      { from: 'Kadens <onboarding@resend.dev>', to: [row.toAddress], subject: row.subject, html: row.html, text: row.text },
      { idempotencyKey: key },
    );
    expect(row).toMatchObject({ status: 'sent', transport: 'resend', providerMessageId: 're_msg_1', error: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  test('a sent row is not sent again', async () => {
    const { id } = await queueEmail(db, input(`test:${randomUUID()}`));
    await deliverEmail(id, { resend: fakeResend(accepted('re_msg_2')).resend });
    const again = fakeResend(accepted('re_other'));
    await expect(deliverEmail(id, { resend: again.resend })).resolves.toEqual({ providerMessageId: 're_msg_2', alreadySent: true });
    expect(again.send).not.toHaveBeenCalled();
  });

  test('Resend answering { error } marks the row failed with the message and throws', async () => {
    const { id } = await queueEmail(db, input(`test:${randomUUID()}`));
    const error = await deliverEmail(id, { resend: fakeResend(rejected).resend }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect(error).toMatchObject({ code: 'validation_error', emailId: id });
    expect((error as Error).message).toContain('Invalid `to` field.');
    expect(await rowOf(id)).toMatchObject({ status: 'failed', error: 'validation_error: Invalid `to` field.', sentAt: null });
  });

  test('an SDK exception marks the row failed too', async () => {
    const { id } = await queueEmail(db, input(`test:${randomUUID()}`));
    await expect(deliverEmail(id, { resend: fakeResend(new Error('socket hang up')).resend })).rejects.toThrow(
      'socket hang up',
    );
    expect(await rowOf(id)).toMatchObject({ status: 'failed', error: 'exception: socket hang up' });
  });

  test('EMAIL_FROM is the sender when set', async () => {
    vi.stubEnv('EMAIL_FROM', 'Trendhouse <hello@trendhouse.example>');
    const { id } = await queueEmail(db, input(`test:${randomUUID()}`));
    const { resend, send } = fakeResend(accepted('re_msg_3'));
    await deliverEmail(id, { resend });
    expect(send.mock.calls[0]![0]).toMatchObject({ from: 'Trendhouse <hello@trendhouse.example>' });
  });

  test('a stored row (no transport) cannot be delivered', async () => {
    vi.stubEnv('RESEND_API_KEY', '');
    const { id } = await queueEmail(db, input(`test:${randomUUID()}`));
    await expect(deliverEmail(id, { resend: fakeResend(accepted('x')).resend })).rejects.toThrow('outbox only');
  });
});

describe('deliverEmail with attachments', () => {
  test('the outbox keeps a reference; delivery renders the invoice PDF and passes it to Resend', async () => {
    const { invoice } = await createTestInvoice('en');
    const ref = invoicePdfAttachment({ id: invoice.id, number: invoice.number! });
    const { id } = await queueEmail(db, { ...input(`test:${randomUUID()}`), attachments: [ref] });
    expect((await rowOf(id)).attachments).toEqual([{ kind: 'invoice-pdf', invoiceId: invoice.id, filename: `${invoice.number}.pdf` }]);

    const { resend, send } = fakeResend(accepted('re_msg_pdf'));
    await deliverEmail(id, { resend });
    const attachments = send.mock.calls[0]![0].attachments!;
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.filename).toBe(`${invoice.number}.pdf`);
    const content = attachments[0]!.content as Buffer;
    expect(Buffer.isBuffer(content)).toBe(true);
    expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(extractPdfText(content)).toContain(invoice.number!);
    expect(await rowOf(id)).toMatchObject({ status: 'sent' });
  });

  test('no attachments: none are passed', async () => {
    const { id } = await queueEmail(db, input(`test:${randomUUID()}`));
    const { resend, send } = fakeResend(accepted('re_msg_plain'));
    await deliverEmail(id, { resend });
    expect(send.mock.calls[0]![0]).not.toHaveProperty('attachments');
    expect((await rowOf(id)).attachments).toBeNull();
  });

  test('an attachment that cannot be rendered fails the row, and nothing is sent', async () => {
    const missing = { kind: 'invoice-pdf' as const, invoiceId: randomUUID(), filename: 'gone.pdf' };
    const { id } = await queueEmail(db, { ...input(`test:${randomUUID()}`), attachments: [missing] });
    const { resend, send } = fakeResend(accepted('never'));
    const error = await deliverEmail(id, { resend }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect(error).toMatchObject({ code: 'attachment' });
    expect(send).not.toHaveBeenCalled();
    expect((await rowOf(id)).status).toBe('failed');
    expect((await rowOf(id)).error).toMatch(/^attachment: the attached invoice .* does not exist/);
  });
});

describe('sendEmail', () => {
  test('queues and delivers; a repeat sends nothing more', async () => {
    const key = `test:${randomUUID()}`;
    const { resend, send } = fakeResend(accepted('re_msg_4'));
    await expect(sendEmail(input(key), { resend })).resolves.toMatchObject({ created: true, status: 'sent' });
    await expect(sendEmail(input(key), { resend })).resolves.toMatchObject({ created: false, status: 'sent' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a failed delivery throws, and the next attempt retries it', async () => {
    const key = `test:${randomUUID()}`;
    const { resend, send } = fakeResend(rejected, accepted('re_msg_5'));
    await expect(sendEmail(input(key), { resend })).rejects.toBeInstanceOf(EmailDeliveryError);
    const retried = await sendEmail(input(key), { resend });
    expect(retried).toMatchObject({ created: false, status: 'sent' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(await rowOf(retried.id)).toMatchObject({ status: 'sent', providerMessageId: 're_msg_5', error: null });
  });

  test('without Resend the message is only stored', async () => {
    vi.stubEnv('RESEND_API_KEY', '');
    const { resend, send } = fakeResend(accepted('never'));
    await expect(sendEmail(input(`test:${randomUUID()}`), { resend })).resolves.toMatchObject({ status: 'stored' });
    expect(send).not.toHaveBeenCalled();
  });
});
