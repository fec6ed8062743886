import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { getOutboxEmail } from './get-outbox-email';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('getOutboxEmail', () => {
  test('returns the headers and both bodies', async () => {
    const email = await getOutboxEmail(fixture.emails.olderEmail.id);
    expect(email).toEqual({
      id: fixture.emails.olderEmail.id,
      dedupeKey: `dash-${fixture.tag}-older`,
      template: 'invoice',
      locale: 'en',
      toAddress: fixture.customer.email,
      subject: `Your invoice older ${fixture.tag}`,
      html: '<p>Hello <b>older</b></p>',
      text: 'Hello older',
      transport: 'outbox',
      status: 'stored',
      providerMessageId: null,
      error: null,
      createdAt: '2031-05-10T09:00:00.000Z',
      sentAt: null,
      withheld: null,
      links: [],
    });
  });

  test('the links the message carried, with their expiry', async () => {
    const links = [{ kind: 'invoice-pdf' as const, invoiceId: randomUUID(), expiresAt: '3912-02-01T00:00:00.000Z' }];
    const [row] = await db
      .insert(emailOutbox)
      .values({ dedupeKey: `links:${randomUUID()}`, template: 'invoice', toAddress: fixture.customer.email, subject: 'Links', props: {}, html: '<p>x</p>', text: 'x', transport: 'outbox', status: 'stored', links })
      .returning({ id: emailOutbox.id });
    try {
      expect((await getOutboxEmail(row!.id))?.links).toEqual(links);
    } finally {
      await db.delete(emailOutbox).where(eq(emailOutbox.id, row!.id));
    }
  });

  test.each(['resend', 'outbox'] as const)('a sign-in link delivered by %s is never shown to staff', async (transport) => {
    const url = `http://localhost:3000/api/auth/callback/email?token=${randomUUID()}`;
    const [row] = await db
      .insert(emailOutbox)
      .values({
        dedupeKey: `sign-in-link:${randomUUID()}`,
        template: 'sign-in-link',
        toAddress: fixture.customer.email,
        subject: 'Your sign-in link',
        props: { url },
        html: `<a href="${url}">Sign in</a>`,
        text: url,
        transport,
        status: transport === 'resend' ? 'sent' : 'stored',
      })
      .returning({ id: emailOutbox.id });
    try {
      const email = await getOutboxEmail(row!.id);
      // Who it went to and when stays visible; the link does not, in any field.
      expect(email).toMatchObject({ toAddress: fixture.customer.email, subject: 'Your sign-in link', withheld: 'sensitive' });
      expect(JSON.stringify(email)).not.toContain(url);
    } finally {
      await db.delete(emailOutbox).where(eq(emailOutbox.id, row!.id));
    }
  });

  test('a message whose bodies were purged says so', async () => {
    const [row] = await db
      .insert(emailOutbox)
      .values({
        dedupeKey: `purged:${randomUUID()}`,
        template: 'invoice',
        toAddress: fixture.customer.email,
        subject: 'Your invoice',
        props: {},
        html: '',
        text: '',
        transport: 'outbox',
        status: 'stored',
        bodyPurgedAt: new Date(),
      })
      .returning({ id: emailOutbox.id });
    try {
      expect(await getOutboxEmail(row!.id)).toMatchObject({ subject: 'Your invoice', html: '', text: '', withheld: 'purged' });
    } finally {
      await db.delete(emailOutbox).where(eq(emailOutbox.id, row!.id));
    }
  });

  test('an unknown id gives null', async () => {
    expect(await getOutboxEmail(randomUUID())).toBeNull();
  });
});
