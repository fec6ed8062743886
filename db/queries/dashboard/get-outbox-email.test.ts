import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
      template: 'invoice-issued',
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
    });
  });

  test('an unknown id gives null', async () => {
    expect(await getOutboxEmail(randomUUID())).toBeNull();
  });
});
