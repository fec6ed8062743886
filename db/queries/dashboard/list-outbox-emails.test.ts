import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDashboardFixture, type DashboardFixture } from './dashboard-test-fixture';
import { defaultListQuery } from '@/lib/validations/list-query';
import { listOutboxEmails, OUTBOX_LIST } from './list-outbox-emails';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

describe('listOutboxEmails', () => {
  test('lists every message newest first, without bodies', async () => {
    const mine = (await listOutboxEmails(defaultListQuery(OUTBOX_LIST, { q: fixture.customer.email }))).rows;
    expect(mine).toEqual([
      {
        id: fixture.emails.newerEmail.id,
        createdAt: '2031-05-10T10:00:00.000Z',
        toAddress: fixture.customer.email,
        subject: `Your invoice newer ${fixture.tag}`,
        template: 'invoice',
        status: 'failed',
        error: 'Mailbox unavailable',
        links: [],
      },
      {
        id: fixture.emails.olderEmail.id,
        createdAt: '2031-05-10T09:00:00.000Z',
        toAddress: fixture.customer.email,
        subject: `Your invoice older ${fixture.tag}`,
        template: 'invoice',
        status: 'stored',
        error: null,
        links: [],
      },
    ]);
  });

  test('shows only the latest page of messages', async () => {
    const top = (await listOutboxEmails(defaultListQuery(OUTBOX_LIST, { size: 1 }))).rows;
    const more = (await listOutboxEmails(defaultListQuery(OUTBOX_LIST, { size: 50 }))).rows;
    expect(top).toHaveLength(1);
    expect(top[0]).toEqual(more[0]);
    expect(more.length).toBeLessThanOrEqual(50);
  });
});
