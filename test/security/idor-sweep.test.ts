import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray, or } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { creditNotes, customers, invoices, orders, paymentMethods, payments, subscriptions } from '@/db/schema';
import { actionKind } from '@/lib/actions/safe-action';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { pendingCheckout } from '@/lib/services/credit-notes/credit-note-fixtures';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { createTestCustomer, createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { NOT_FOUND, nextOutcome } from '@/test/support/next-digest';

// Who is asking is what this sweep fixes: always the attacker, a signed-in customer.
vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));

const ROOT = process.cwd();

/** Every file named `name` under `dir`, with its path from the repository root. */
function filesNamed(dir: string, name: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(file, name);
    return name.test(entry.name) ? [path.relative(ROOT, file)] : [];
  });
}

/**
 * The customer's pages and downloads that take an id in their path (Min Side, and the order
 * pages a customer returns to), read from app/: a new one is swept without being listed here.
 */
const pages = [...filesNamed(path.join(ROOT, 'app/(portal)'), /^page\.tsx$/), ...filesNamed(path.join(ROOT, 'app/(shop)/checkout'), /^page\.tsx$/)].filter(
  (file) => file.includes('['),
);
const routes = filesNamed(path.join(ROOT, 'app/(portal)/account'), /^route\.ts$/).filter((file) => file.includes('['));
// The files with a customer action (every-action-is-guarded.test.ts checks which wrapper each uses).
const actionFiles = filesNamed(path.join(ROOT, 'lib/actions'), /^[^.]+\.ts$/).filter((file) => {
  const source = fs.readFileSync(file, 'utf8');
  return /^['"]use server['"]/.test(source.trimStart()) && source.includes('customerAction(');
});

/**
 * Actions that take no id and act on the caller's own account only: they may succeed; the sweep
 * still checks that nothing of anyone else changed.
 */
const OWN_ACCOUNT_ONLY = new Set(['resendConfirmationAction', 'signOutEverywhereAction']);

/** The other customers' rows the attacker aims at. */
type Victims = { invoice: string; creditNote: string; subscription: string; paymentMethod: string; order: string; customers: string[] };
let victims: Victims;
let attacker: Viewer;

/** Which of the victims' ids a path segment such as `invoices/[id]` or `thank-you/[orderId]` names. */
function victimIdFor(file: string): string {
  const [, collection, param] = /([\w-]+)\/\[(\w+)\]/.exec(file) ?? [];
  if (param === 'orderId') return victims.order;
  const byCollection: Record<string, string> = {
    invoices: victims.invoice,
    'credit-notes': victims.creditNote,
    subscriptions: victims.subscription,
    'payment-methods': victims.paymentMethod,
    orders: victims.order,
  };
  const id = collection ? byCollection[collection] : undefined;
  if (!id) throw new Error(`${file}: the sweep has no other customer's id for [${param}] under "${collection}": add one to victimIdFor`);
  return id;
}
const paramsOf = (file: string) => ({ [/\[(\w+)\]/.exec(file)![1]!]: victimIdFor(file) });

/** Everything of the victims a customer action could change, to compare before and after. */
async function victimRows() {
  const ids = victims.customers;
  return {
    customers: await db.select().from(customers).where(inArray(customers.id, ids)),
    subscriptions: await db.select().from(subscriptions).where(inArray(subscriptions.customerId, ids)),
    invoices: await db.select().from(invoices).where(inArray(invoices.customerId, ids)),
    payments: await db.select().from(payments).where(or(inArray(payments.invoiceId, [victims.invoice]), eq(payments.orderId, victims.order))),
    paymentMethods: await db.select().from(paymentMethods).where(inArray(paymentMethods.customerId, ids)),
    creditNotes: await db.select().from(creditNotes).where(inArray(creditNotes.customerId, ids)),
    orders: await db.select().from(orders).where(inArray(orders.customerId, ids)),
  };
}

beforeAll(async () => {
  const subscribed = await createTestSubscription('en', { mandate: true });
  const { invoice } = await createTestInvoice('en', 'open', { customer: subscribed.customer });
  const { invoice: paid } = await createTestInvoice('en', 'paid', { customer: subscribed.customer });
  const credited = await issueCreditNote({ invoiceId: paid.id, amountMinor: 500, reason: 'Late issue', disposition: 'balance', staffUserId: null, now: new Date() });
  if (!credited.ok) throw new Error(credited.error.message);
  const [method] = await db.select().from(paymentMethods).where(eq(paymentMethods.customerId, subscribed.customer.id));
  const ordered = await pendingCheckout();
  victims = {
    invoice: invoice.id,
    creditNote: credited.value.creditNote.id,
    subscription: subscribed.subscription.id,
    paymentMethod: method!.id,
    order: ordered.order.id,
    customers: [subscribed.customer.id, ordered.customerId],
  };
  const own = await createTestCustomer('en');
  attacker = { userId: own.userId, email: own.email, role: 'customer', customerId: own.id };
  vi.mocked(getViewer).mockResolvedValue(attacker);
});

describe("IDOR sweep: a signed-in customer with another customer's ids", () => {
  test('finds the pages, downloads and actions to sweep', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(routes.length).toBeGreaterThanOrEqual(4);
    expect(actionFiles.length).toBeGreaterThan(8);
  });

  test.each(pages)('%s answers 404', async (file) => {
    const { default: Page } = await import(path.join(ROOT, file));
    const outcome = await nextOutcome(async () => Page({ params: Promise.resolve(paramsOf(file)), searchParams: Promise.resolve({}) }));
    expect(outcome).toBe(NOT_FOUND);
  });

  test.each(routes)('%s answers 404', async (file) => {
    const module = (await import(path.join(ROOT, file))) as Record<string, (request: NextRequest, context: unknown) => Promise<Response>>;
    const params = paramsOf(file);
    // A return route also names the payment; the victim's order payment is as good a guess as any.
    const url = `http://localhost/account/x?payment=${(await db.select().from(payments).where(eq(payments.orderId, victims.order)))[0]!.id}`;
    for (const method of ['GET', 'POST'].filter((m) => module[m])) {
      const response = await module[method]!(new NextRequest(url, { method }), { params: Promise.resolve(params) });
      expect(response.status, `${method} ${file}`).toBe(404);
    }
  });

  test('the lists on Min Side show none of their rows', async () => {
    const before = await victimRows();
    for (const file of ['app/(portal)/account/page.tsx', 'app/(portal)/account/payment-methods/page.tsx']) {
      const { default: Page } = await import(path.join(ROOT, file));
      const html = renderToStaticMarkup(await Page({ searchParams: Promise.resolve({ invoice: victims.invoice }) }));
      for (const id of [victims.invoice, victims.subscription, victims.paymentMethod, victims.creditNote]) expect(html, file).not.toContain(id);
      for (const row of before.invoices) if (row.number) expect(html, file).not.toContain(row.number);
    }
  });

  describe('every customer action', () => {
    test.each(actionFiles)('%s: refused, and nothing of theirs changes', async (file) => {
      const module = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, action] of Object.entries(module)) {
        if (actionKind(action) !== 'customer') continue;
        const form = new FormData();
        const fields: Record<string, string> = {
          subscriptionId: victims.subscription,
          invoiceId: victims.invoice,
          methodId: victims.paymentMethod,
          orderId: victims.order,
          creditNoteId: victims.creditNote,
          amountMinor: '3200',
          reason: 'not_using',
          method: 'card',
          switchToInvoice: 'on',
        };
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        const before = await victimRows();
        const outcome = await nextOutcome(async () => {
          const answer = (await (action as (prev: object, data: FormData) => Promise<{ error?: string } | undefined>)({}, form)) ?? {};
          if (!answer.error) throw new Error(`answered without an error: ${JSON.stringify(answer)}`);
        });
        // Refused: a 404 or the action's error message; never a success on someone else's rows.
        if (!OWN_ACCOUNT_ONLY.has(name)) expect([NOT_FOUND, 'completed'], `${name}: ${outcome}`).toContain(outcome);
        expect(await victimRows(), `${name} changed another customer's rows`).toEqual(before);
      }
    });
  });
});
