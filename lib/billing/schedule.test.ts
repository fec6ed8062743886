import { TZDate } from '@date-fns/tz';
import { describe, expect, test } from 'vitest';
import { at, local } from './test-support/wall-clock';
import { periodStart, type Interval } from './periods';
import {
  nextRenewalStep,
  renewalSequence,
  termDates,
  type RenewalState,
  type RenewalStep,
  type TimelinePolicy,
} from './schedule';

const iso = (date: Date) => date.toISOString();
/** A step as a compact string: "issue 1 2026-02-28T09:00:00.000Z" or "end canceled 2026-...". */
const show = (step: RenewalStep) =>
  step === null
    ? null
    : step.kind === 'action'
      ? `${step.action} ${step.term} ${iso(step.at)}`
      : step.kind === 'end'
        ? `end ${step.reason} ${iso(step.at)}`
        : `${step.kind} ${step.term} ${iso(step.at)}`;

const MONTHLY: Interval = { unit: 'month', count: 1 };
const WEEKLY: Interval = { unit: 'week', count: 1 };
const AMS = 'Europe/Amsterdam';
const policy = (timeZone: string, overrides: Partial<TimelinePolicy> = {}): TimelinePolicy => ({
  announceDaysBefore: 14,
  invoiceDaysBefore: 7,
  paymentTermsDays: 14,
  timeZone,
  ...overrides,
});

// Trendhouse monthly: bought 2026-01-31 10:00 in Amsterdam (09:00Z, CET); term 0 paid at checkout.
const trendhouseAnchor = new Date('2026-01-31T09:00:00.000Z');
const trendhouse = (overrides: Partial<RenewalState> = {}): RenewalState => ({
  status: 'active',
  anchorAt: trendhouseAnchor,
  interval: MONTHLY,
  startedAt: trendhouseAnchor,
  firstRenewalTerm: 1,
  maxInstalments: null,
  cancelAtPeriodEnd: false,
  currentPeriodEnd: new Date('2026-02-28T09:00:00.000Z'),
  lastDone: null,
  ...overrides,
});

describe('termDates: Trendhouse monthly from 2026-01-31 10:00 Europe/Amsterdam, 14/7/14', () => {
  // CET (+01:00) until 2026-03-29, CEST (+02:00) after: 10:00 local is 09:00Z, then 08:00Z.
  test.each([
    [
      0,
      {
        start: '2026-01-31T09:00:00.000Z',
        end: '2026-02-28T09:00:00.000Z',
        announceAt: '2026-01-17T09:00:00.000Z',
        invoiceAt: '2026-01-24T09:00:00.000Z',
        issueAt: '2026-01-31T09:00:00.000Z',
        dueAt: '2026-02-14T09:00:00.000Z',
      },
    ],
    [
      1,
      {
        start: '2026-02-28T09:00:00.000Z',
        end: '2026-03-31T08:00:00.000Z',
        announceAt: '2026-02-14T09:00:00.000Z',
        invoiceAt: '2026-02-21T09:00:00.000Z',
        issueAt: '2026-02-28T09:00:00.000Z',
        dueAt: '2026-03-14T09:00:00.000Z',
      },
    ],
    [
      2,
      {
        start: '2026-03-31T08:00:00.000Z',
        end: '2026-04-30T08:00:00.000Z',
        announceAt: '2026-03-17T09:00:00.000Z',
        invoiceAt: '2026-03-24T09:00:00.000Z',
        issueAt: '2026-03-31T08:00:00.000Z',
        dueAt: '2026-04-14T08:00:00.000Z',
      },
    ],
    [
      3,
      {
        start: '2026-04-30T08:00:00.000Z',
        end: '2026-05-31T08:00:00.000Z',
        announceAt: '2026-04-16T08:00:00.000Z',
        invoiceAt: '2026-04-23T08:00:00.000Z',
        issueAt: '2026-04-30T08:00:00.000Z',
        dueAt: '2026-05-14T08:00:00.000Z',
      },
    ],
  ])('term %i', (term, expected) => {
    const dates = termDates({ anchorAt: trendhouseAnchor, interval: MONTHLY, term, policy: policy(AMS) });
    expect({
      term: dates.term,
      start: iso(dates.start),
      end: iso(dates.end),
      announceAt: iso(dates.announceAt),
      invoiceAt: iso(dates.invoiceAt),
      issueAt: iso(dates.issueAt),
      dueAt: iso(dates.dueAt),
    }).toEqual({ term, ...expected });
  });

  test.each<[string, Partial<TimelinePolicy>]>([
    ['announce after the invoice', { announceDaysBefore: 3, invoiceDaysBefore: 7 }],
    ['negative payment terms', { paymentTermsDays: -1 }],
    ['fractional days', { invoiceDaysBefore: 1.5 }],
  ])('a bad policy throws: %s', (_name, overrides) => {
    expect(() =>
      termDates({ anchorAt: trendhouseAnchor, interval: MONTHLY, term: 1, policy: policy(AMS, overrides) }),
    ).toThrow(RangeError);
  });
});

describe('nextRenewalStep', () => {
  test.each<[string, Partial<RenewalState>, string | null]>([
    ['first step: announce term 1', {}, 'announce 1 2026-02-14T09:00:00.000Z'],
    [
      'after announce(1): invoice(1)',
      { lastDone: { term: 1, action: 'announce' } },
      'invoice 1 2026-02-21T09:00:00.000Z',
    ],
    ['after invoice(1): issue(1)', { lastDone: { term: 1, action: 'invoice' } }, 'issue 1 2026-02-28T09:00:00.000Z'],
    ['after issue(1): announce(2)', { lastDone: { term: 1, action: 'issue' } }, 'announce 2 2026-03-17T09:00:00.000Z'],
    [
      'past_due still renews',
      { status: 'past_due', lastDone: { term: 1, action: 'issue' } },
      'announce 2 2026-03-17T09:00:00.000Z',
    ],
    ['trialing renews', { status: 'trialing' }, 'announce 1 2026-02-14T09:00:00.000Z'],
    ['paused: nothing scheduled', { status: 'paused' }, null],
    ['suspended: nothing scheduled', { status: 'suspended', lastDone: { term: 1, action: 'issue' } }, null],
    ['ended: nothing scheduled', { status: 'ended' }, null],
    [
      'canceled in term 0: ends at its end, no announcement of term 1',
      { status: 'canceled' },
      'end canceled 2026-02-28T09:00:00.000Z',
    ],
    [
      'cancel at period end in term 1: ends at the end of term 1',
      {
        cancelAtPeriodEnd: true,
        currentPeriodEnd: new Date('2026-03-31T08:00:00.000Z'),
        lastDone: { term: 1, action: 'issue' },
      },
      'end canceled 2026-03-31T08:00:00.000Z',
    ],
    [
      'canceled, but term 1 started before the period end: its issue still runs',
      {
        status: 'canceled',
        currentPeriodEnd: new Date('2026-03-31T08:00:00.000Z'),
        lastDone: { term: 1, action: 'invoice' },
      },
      'issue 1 2026-02-28T09:00:00.000Z',
    ],
    [
      'max 3 instalments: after issue(2), the end at the start of term 3',
      { maxInstalments: 3, lastDone: { term: 2, action: 'issue' } },
      'end max_instalments 2026-04-30T08:00:00.000Z',
    ],
    [
      'max 3 instalments: term 2 is still billed',
      { maxInstalments: 3, lastDone: { term: 1, action: 'issue' } },
      'announce 2 2026-03-17T09:00:00.000Z',
    ],
    [
      'max 1 instalment: paid at checkout, nothing to renew',
      { maxInstalments: 1 },
      'end max_instalments 2026-02-28T09:00:00.000Z',
    ],
    [
      'canceled and max instalments at the same term: canceled wins',
      { status: 'canceled', maxInstalments: 1 },
      'end canceled 2026-02-28T09:00:00.000Z',
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(show(nextRenewalStep(trendhouse(overrides), policy(AMS)))).toBe(expected);
  });

  test('a trial: term 0 is billed by the engine (firstRenewalTerm 0)', () => {
    // Signed up 2026-01-01 10:00, 30-day trial: the anchor is the trial end, 2026-01-31 10:00.
    const state = trendhouse({
      status: 'trialing',
      startedAt: new Date('2026-01-01T09:00:00.000Z'),
      firstRenewalTerm: 0,
      currentPeriodEnd: trendhouseAnchor,
    });
    expect(renewalSequence(state, policy(AMS), new Date('2026-02-14T09:00:00.000Z')).map(show)).toEqual([
      'announce 0 2026-01-17T09:00:00.000Z',
      'invoice 0 2026-01-24T09:00:00.000Z',
      'issue 0 2026-01-31T09:00:00.000Z',
      'announce 1 2026-02-14T09:00:00.000Z',
    ]);
  });

  test('a 3-day trial: the announcement is skipped and the invoice is made at signup', () => {
    const state = trendhouse({
      status: 'trialing',
      startedAt: new Date('2026-01-28T09:00:00.000Z'),
      firstRenewalTerm: 0,
      currentPeriodEnd: trendhouseAnchor,
    });
    expect(renewalSequence(state, policy(AMS), new Date('2026-01-31T09:00:00.000Z')).map(show)).toEqual([
      'invoice 0 2026-01-28T09:00:00.000Z',
      'issue 0 2026-01-31T09:00:00.000Z',
    ]);
  });

  test('a trial canceled before it ends: the end at the trial end, no term billed', () => {
    const state = trendhouse({
      status: 'canceled',
      startedAt: new Date('2026-01-01T09:00:00.000Z'),
      firstRenewalTerm: 0,
      currentPeriodEnd: trendhouseAnchor,
    });
    expect(show(nextRenewalStep(state, policy(AMS)))).toBe('end canceled 2026-01-31T09:00:00.000Z');
  });

  test('never looks at the clock: the same state gives the same step', () => {
    const state = trendhouse({ lastDone: { term: 7, action: 'invoice' } });
    expect(nextRenewalStep(state, policy(AMS))).toEqual(nextRenewalStep(state, policy(AMS)));
    expect(show(nextRenewalStep(state, policy(AMS)))).toBe('issue 7 2026-08-31T08:00:00.000Z');
  });

  test.each<[string, Partial<RenewalState>]>([
    ['lastDone before the first renewal term', { lastDone: { term: 0, action: 'issue' } }],
    ['a negative firstRenewalTerm', { firstRenewalTerm: -1 }],
  ])('corrupt state throws: %s', (_name, overrides) => {
    expect(() => nextRenewalStep(trendhouse(overrides), policy(AMS))).toThrow(RangeError);
  });
});

describe('weekly plans: the announcement lead is longer than the term', () => {
  const zone = 'Europe/Oslo';
  const anchor = at('2026-03-02 09:00', zone);
  const weekly = (overrides: Partial<RenewalState> = {}): RenewalState => ({
    ...trendhouse(),
    anchorAt: anchor,
    startedAt: anchor,
    interval: WEEKLY,
    currentPeriodEnd: at('2026-03-09 09:00', zone),
    ...overrides,
  });
  const localSteps = (steps: RenewalStep[]) =>
    steps.map((s) =>
      s === null
        ? null
        : s.kind === 'action'
          ? `${s.action} ${s.term} ${local(s.at, zone)}`
          : s.kind === 'end'
            ? `end ${s.reason} ${local(s.at, zone)}`
            : `${s.kind} ${s.term} ${local(s.at, zone)}`,
    );

  test('14/7: announce(1) (7 days before the purchase) is skipped; invoice(1) at the purchase', () => {
    const steps = renewalSequence(weekly(), policy(zone), at('2026-03-16 09:00', zone));
    expect(localSteps(steps)).toEqual([
      'invoice 1 2026-03-02 09:00',
      'issue 1 2026-03-09 09:00',
      // announce(2) is dated 2026-03-02, before issue(1): it goes out with issue(1), not before it.
      'announce 2 2026-03-09 09:00',
      'invoice 2 2026-03-09 09:00',
      'issue 2 2026-03-16 09:00',
      'announce 3 2026-03-16 09:00',
      'invoice 3 2026-03-16 09:00',
    ]);
  });

  test('14/10: invoice(1) dated 3 days before the purchase is clamped to the purchase', () => {
    const first = nextRenewalStep(weekly(), policy(zone, { invoiceDaysBefore: 10 }));
    expect(first).toEqual({ kind: 'action', term: 1, action: 'invoice', at: anchor });
    // invoice(2) is dated 2026-03-06, before issue(1) on 03-09: clamped to it, never before.
    const steps = renewalSequence(weekly(), policy(zone, { invoiceDaysBefore: 10 }), at('2026-03-16 09:00', zone));
    expect(localSteps(steps)).toEqual([
      'invoice 1 2026-03-02 09:00',
      'issue 1 2026-03-09 09:00',
      'announce 2 2026-03-09 09:00',
      'invoice 2 2026-03-09 09:00',
      'issue 2 2026-03-16 09:00',
      'announce 3 2026-03-16 09:00',
      'invoice 3 2026-03-16 09:00',
    ]);
  });

  test.each<[string, Interval, Partial<TimelinePolicy>]>([
    ['daily, 14/10', { unit: 'day', count: 1 }, { invoiceDaysBefore: 10 }],
    ['every 3 days, 30/2', { unit: 'day', count: 3 }, { announceDaysBefore: 30, invoiceDaysBefore: 2 }],
    ['weekly, 14/10', WEEKLY, { invoiceDaysBefore: 10 }],
    ['every 10 days, 21/21', { unit: 'day', count: 10 }, { announceDaysBefore: 21, invoiceDaysBefore: 21 }],
    ['monthly, 90/60', MONTHLY, { announceDaysBefore: 90, invoiceDaysBefore: 60 }],
  ])('%s: each date is the later of its own date and the previous step (oracle)', (_name, interval, overrides) => {
    const timeline = policy(zone, overrides);
    const state = weekly({ interval });
    const steps = renewalSequence(state, timeline, periodStart(anchor, interval, 40, zone));
    expect(steps.length).toBeGreaterThan(40);
    let previous = anchor.getTime();
    for (const step of steps) {
      if (step.kind !== 'action') throw new Error('no end expected');
      const dates = termDates({ anchorAt: anchor, interval, term: step.term, policy: timeline });
      const own = { announce: dates.announceAt, invoice: dates.invoiceAt, issue: dates.issueAt }[step.action];
      // An announcement is only ever skipped when its own date is before the purchase.
      if (step.action === 'invoice' && dates.announceAt.getTime() >= anchor.getTime()) {
        expect(steps).toContainEqual(expect.objectContaining({ term: step.term, action: 'announce' }));
      }
      expect(step.at.getTime()).toBe(Math.max(own.getTime(), previous));
      previous = step.at.getTime();
    }
  });

  test('the clamp from the state alone equals the clamp along the sequence', () => {
    const state = weekly({ lastDone: { term: 5, action: 'announce' } });
    expect(localSteps([nextRenewalStep(state, policy(zone, { invoiceDaysBefore: 10 }))])).toEqual([
      'invoice 5 2026-03-30 09:00', // dated 03-27, clamped to issue(4) on 03-30 (after the DST change: still 09:00)
    ]);
  });
});

describe('renewalSequence', () => {
  const timeline = [
    'announce 1 2026-02-14T09:00:00.000Z',
    'invoice 1 2026-02-21T09:00:00.000Z',
    'issue 1 2026-02-28T09:00:00.000Z',
    'announce 2 2026-03-17T09:00:00.000Z',
    'invoice 2 2026-03-24T09:00:00.000Z',
    'issue 2 2026-03-31T08:00:00.000Z',
    'announce 3 2026-04-16T08:00:00.000Z',
    'invoice 3 2026-04-23T08:00:00.000Z',
    'issue 3 2026-04-30T08:00:00.000Z',
  ];

  test.each<[string, Partial<RenewalState>, string, string[]]>([
    ['Trendhouse, the first 3 terms', {}, '2026-04-30T08:00:00.000Z', timeline],
    ['until is inclusive and cuts before the next step', {}, '2026-04-30T07:59:59.999Z', timeline.slice(0, 8)],
    ['nothing due yet', {}, '2026-02-14T08:59:59.999Z', []],
    [
      'max 3 instalments: terms 1 and 2, then the end at the start of term 3',
      { maxInstalments: 3 },
      '2030-01-01T00:00:00.000Z',
      [...timeline.slice(0, 6), 'end max_instalments 2026-04-30T08:00:00.000Z'],
    ],
    [
      'cancel at period end during term 1 (after its issue): the end at the end of term 1',
      { cancelAtPeriodEnd: true, currentPeriodEnd: new Date('2026-03-31T08:00:00.000Z') },
      '2030-01-01T00:00:00.000Z',
      [...timeline.slice(0, 3), 'end canceled 2026-03-31T08:00:00.000Z'],
    ],
    ['paused: nothing', { status: 'paused' }, '2030-01-01T00:00:00.000Z', []],
    ['suspended: nothing', { status: 'suspended' }, '2030-01-01T00:00:00.000Z', []],
    [
      'resumes after lastDone',
      { lastDone: { term: 2, action: 'invoice' } },
      '2026-04-30T08:00:00.000Z',
      timeline.slice(5),
    ],
  ])('%s', (_name, overrides, until, expected) => {
    expect(renewalSequence(trendhouse(overrides), policy(AMS), new Date(until)).map(show)).toEqual(expected);
  });
});

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
/** The local date of monthly term n from the anchor's calendar date, clamped to short months. */
function expectedMonthly(anchorLocal: string, n: number): string {
  const [y, m, d] = anchorLocal.slice(0, 10).split('-').map(Number);
  const monthIndex = m - 1 + n;
  const year = y + Math.floor(monthIndex / 12);
  const month0 = monthIndex % 12;
  return `${year}-${pad(month0 + 1)}-${pad(Math.min(d, daysInMonth(year, month0)))} ${anchorLocal.slice(11)}`;
}

describe('48 months of renewals on the anchors 28-31 and Feb 29 (Europe/Amsterdam)', () => {
  const anchors = [
    '2023-01-28 10:00',
    '2023-01-29 10:00',
    '2023-01-30 10:00',
    '2023-01-31 10:00',
    '2024-01-28 10:00',
    '2024-01-29 10:00',
    '2024-01-30 10:00',
    '2024-01-31 10:00',
    '2024-02-29 10:00',
    '2023-08-31 10:00',
  ];

  test.each(anchors)('from %s: one announce, invoice and issue per term, issue dates contiguous', (anchorLocal) => {
    const anchor = at(anchorLocal, AMS);
    const state = trendhouse({
      anchorAt: anchor,
      startedAt: anchor,
      currentPeriodEnd: periodStart(anchor, MONTHLY, 1, AMS),
    });
    const steps = renewalSequence(state, policy(AMS), periodStart(anchor, MONTHLY, 48, AMS));
    const actions = steps.flatMap((s) => (s.kind === 'action' ? [s] : []));
    expect(actions).toHaveLength(steps.length);
    expect(actions).toHaveLength(48 * 3);

    const issues = actions.filter((s) => s.action === 'issue');
    expect(issues.map((s) => s.term)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    expect(issues.map((s) => local(s.at, AMS))).toEqual(issues.map((s) => expectedMonthly(anchorLocal, s.term)));
    expect(new Set(issues.map((s) => s.at.getTime())).size).toBe(48);
    for (const action of ['announce', 'invoice'] as const) {
      const terms = actions.filter((s) => s.action === action).map((s) => s.term);
      expect(terms).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    }
    // The timeline never runs backwards, and each term's invoice is made before it is issued.
    for (let i = 1; i < actions.length; i++) {
      expect(actions[i].at.getTime()).toBeGreaterThanOrEqual(actions[i - 1].at.getTime());
    }
    for (const issue of issues) {
      const invoice = actions.find((s) => s.action === 'invoice' && s.term === issue.term)!;
      expect(issue.at.getTime() - invoice.at.getTime()).toBeGreaterThanOrEqual(6 * 86_400_000);
    }
  });
});

describe('DST: every date of the timeline keeps the local time of day', () => {
  const cases = [
    ['Europe/Oslo', MONTHLY, 14],
    ['America/Los_Angeles', MONTHLY, 14],
    ['Pacific/Auckland', MONTHLY, 14],
    ['Europe/Oslo', WEEKLY, 60],
    ['America/Los_Angeles', WEEKLY, 60],
    ['Pacific/Auckland', WEEKLY, 60],
  ] as const;

  test.each(cases)('%s, %j, %i terms at 09:00', (zone, interval, terms) => {
    const anchor = at('2026-01-15 09:00', zone);
    const state = trendhouse({
      anchorAt: anchor,
      startedAt: anchor,
      interval,
      currentPeriodEnd: periodStart(anchor, interval, 1, zone),
    });
    const steps = renewalSequence(state, policy(zone), periodStart(anchor, interval, terms, zone));
    const issues = steps.flatMap((s) => (s.kind === 'action' && s.action === 'issue' ? [s] : []));
    expect(issues).toHaveLength(terms);
    expect(new Set(steps.map((s) => local(s.at, zone).slice(11)))).toEqual(new Set(['09:00']));

    const offsets = new Set<number>();
    for (const { term } of issues) {
      const dates = termDates({ anchorAt: anchor, interval, term, policy: policy(zone) });
      for (const date of [dates.announceAt, dates.invoiceAt, dates.issueAt, dates.dueAt]) {
        expect(local(date, zone).slice(11)).toBe('09:00');
        offsets.add(new TZDate(date.getTime(), zone).getTimezoneOffset());
      }
    }
    // Both offsets were crossed, so the test proves something.
    expect(offsets.size).toBe(2);
  });

  test.each([
    // Dates on both sides of a change: 09:00 local is a different UTC hour before and after it.
    [
      'Europe/Oslo',
      '2026-02-28 09:00',
      '2026-03-28T08:00:00.000Z',
      '2026-03-14T08:00:00.000Z',
      '2026-04-11T07:00:00.000Z',
    ],
    [
      'America/Los_Angeles',
      '2026-02-20 09:00',
      '2026-03-20T16:00:00.000Z',
      '2026-03-06T17:00:00.000Z',
      '2026-04-03T16:00:00.000Z',
    ],
    [
      'Pacific/Auckland',
      '2026-03-01 09:00',
      '2026-03-31T20:00:00.000Z',
      '2026-03-17T20:00:00.000Z',
      '2026-04-14T21:00:00.000Z',
    ],
  ])('%s: term 1 from %s: issue %s, announce %s, due %s', (zone, anchorLocal, issue, announce, due) => {
    const dates = termDates({ anchorAt: at(anchorLocal, zone), interval: MONTHLY, term: 1, policy: policy(zone) });
    expect([iso(dates.issueAt), iso(dates.announceAt), iso(dates.dueAt)]).toEqual([issue, announce, due]);
  });
});
