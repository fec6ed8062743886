import { describe, expect, test } from 'vitest';
import { nextRenewalStep, renewalSequence, type RenewalState, type TimelinePolicy } from './schedule';
import { pauseOffer, pauseRefusal, pauseResumesAt, resumeRefusal, resumedTimeline, type PauseState } from './subscription-pause';

const END = new Date('2026-04-01T00:00:00Z');
const base: PauseState = {
  status: 'active',
  cancelAtPeriodEnd: false,
  pauseAtPeriodEnd: false,
  currentPeriodEnd: END,
  shopAllows: true,
  customerAllows: true,
  maxTerms: 12,
  nextTermInvoiced: false,
};

describe('pauseRefusal, resumeRefusal and pauseOffer', () => {
  test.each([
    ['allowed for 3 terms', {}, 3, null, 'pause'],
    ['allowed until resumed', {}, null, null, 'pause'],
    ['the merchant maximum itself', {}, 12, null, 'pause'],
    ['0 terms', {}, 0, 'bad_terms', 'pause'],
    ['1,000 terms', {}, 1000, 'bad_terms', 'pause'],
    ['more than the merchant allows', { maxTerms: 2 }, 3, 'bad_terms', 'pause'],
    ['half a term', {}, 1.5, 'bad_terms', 'pause'],
    ['the shop forbids it', { shopAllows: false }, 1, 'not_allowed', 'none'],
    ['forbidden for this customer', { customerAllows: false }, 1, 'not_allowed', 'none'],
    ['already paused', { status: 'paused' }, 1, 'already_paused', 'resume'],
    ['a pause is scheduled', { pauseAtPeriodEnd: true }, 1, 'already_paused', 'resume'],
    ['past due', { status: 'past_due' }, 1, 'past_due', 'none'],
    ['ended', { status: 'ended' }, 1, 'not_running', 'none'],
    ['suspended', { status: 'suspended' }, 1, 'not_running', 'none'],
    ['trialing', { status: 'trialing' }, 1, 'not_running', 'none'],
    ['stopping at the term end', { cancelAtPeriodEnd: true }, 1, 'stopping', 'none'],
    ['next term already invoiced', { nextTermInvoiced: true }, 1, 'next_term_invoiced', 'none'],
  ] as const)('%s', (_name, over, terms, refusal, offer) => {
    const state = { ...base, ...over } as PauseState;
    expect(pauseRefusal(state, terms)?.code ?? null).toBe(refusal);
    expect(pauseOffer(state).kind).toBe(offer);
  });

  test.each([
    ['paused', { status: 'paused' }, null],
    ['a pause is scheduled', { pauseAtPeriodEnd: true }, null],
    ['active', {}, 'not_paused'],
    ['ended', { status: 'ended' }, 'not_paused'],
    ['paused, but the merchant no longer allows it', { status: 'paused', customerAllows: false }, 'not_allowed'],
  ] as const)('resume: %s', (_name, over, refusal) => {
    expect(resumeRefusal({ ...base, ...over } as PauseState)?.code ?? null).toBe(refusal);
  });
});

const AMS = 'Europe/Amsterdam';
const MONTHLY = { unit: 'month', count: 1 } as const;
// Bought 2026-01-31 10:00 in Amsterdam; term 0 paid at checkout; term 1 starts 2026-02-28.
const anchorAt = new Date('2026-01-31T09:00:00.000Z');
const timeline = { anchorAt, anchorTerm: 0, interval: MONTHLY, timeZone: AMS };
const policy: TimelinePolicy = { announceDaysBefore: 14, invoiceDaysBefore: 7, paymentTermsDays: 14, timeZone: AMS };
const state = (over: Partial<RenewalState>): RenewalState => ({
  status: 'active',
  anchorAt,
  interval: MONTHLY,
  startedAt: anchorAt,
  firstRenewalTerm: 1,
  maxInstalments: null,
  cancelAtPeriodEnd: false,
  currentPeriodEnd: new Date('2026-02-28T09:00:00.000Z'),
  lastDone: null,
  ...over,
});
const iso = (d: Date) => d.toISOString();

describe('the timeline of a pause', () => {
  test('a pause of 2 terms from the end of term 0 ends when term 3 would have started, on the anchor day', () => {
    expect(iso(pauseResumesAt(timeline, 1, 2))).toBe('2026-04-30T08:00:00.000Z'); // Jan 31 + 3 months: the last day of April
    expect(iso(pauseResumesAt(timeline, 1, 1))).toBe('2026-03-31T08:00:00.000Z'); // back on the 31st after February
  });

  test('a scheduled pause takes the place of the next term: not even its announcement comes first', () => {
    const steps = renewalSequence(state({ pauseAtPeriodEnd: true }), policy, new Date('2027-01-01T00:00:00Z'));
    expect(steps).toEqual([{ kind: 'pause', term: 1, at: new Date('2026-02-28T09:00:00.000Z') }]);
  });

  test('while paused nothing is scheduled but the end of the pause (none until resumed by hand)', () => {
    const resumesAt = pauseResumesAt(timeline, 1, 2);
    const paused = state({ status: 'paused', lastDone: null, pauseResumesAt: resumesAt });
    expect(nextRenewalStep(paused, policy)).toEqual({ kind: 'resume', term: 1, at: resumesAt });
    expect(nextRenewalStep({ ...paused, pauseResumesAt: null }, policy)).toBeNull();
  });

  test('after a pause of 2 terms the grid moves by 2 months: term 1 is invoiced and issued at the resume, term 2 a month later', () => {
    const resumesAt = pauseResumesAt(timeline, 1, 2);
    const moved = resumedTimeline({
      timeline,
      nextTerm: 1,
      commitmentEndsAt: new Date('2026-07-31T08:00:00.000Z'),
      completedTerms: 2,
      pausedAt: new Date('2026-02-28T09:00:00.000Z'),
      at: resumesAt,
    });
    expect(moved).toEqual({ anchorAt, anchorTerm: -2, commitmentEndsAt: new Date('2026-09-30T08:00:00.000Z') });
    const steps = renewalSequence(
      state({ anchorTerm: moved.anchorTerm, resumedAt: resumesAt, currentPeriodEnd: resumesAt }),
      policy,
      new Date('2026-05-20T00:00:00Z'),
    );
    expect(steps.map((s) => (s.kind === 'action' ? `${s.action} ${s.term} ${iso(s.at)}` : s.kind))).toEqual([
      'invoice 1 2026-04-30T08:00:00.000Z',
      'issue 1 2026-04-30T08:00:00.000Z',
      'announce 2 2026-05-17T08:00:00.000Z',
    ]);
  });

  test('a pause resumed by hand anchors the subscription again at the resume; the commitment moves by the days paused', () => {
    const at = new Date('2026-03-20T14:30:00.000Z');
    const moved = resumedTimeline({
      timeline,
      nextTerm: 1,
      commitmentEndsAt: new Date('2026-07-31T08:00:00.000Z'),
      completedTerms: null,
      pausedAt: new Date('2026-02-28T09:00:00.000Z'),
      at,
    });
    expect(moved).toEqual({ anchorAt: at, anchorTerm: 1, commitmentEndsAt: new Date('2026-08-20T08:00:00.000Z') });
    const steps = renewalSequence(
      state({ anchorAt: at, anchorTerm: 1, resumedAt: at, currentPeriodEnd: at }),
      policy,
      new Date('2026-04-20T00:00:00Z'),
    );
    expect(steps.map((s) => (s.kind === 'action' ? `${s.action} ${s.term} ${iso(s.at)}` : s.kind))).toEqual([
      'invoice 1 2026-03-20T14:30:00.000Z',
      'issue 1 2026-03-20T14:30:00.000Z',
      'announce 2 2026-04-06T13:30:00.000Z',
      'invoice 2 2026-04-13T13:30:00.000Z',
    ]);
  });
});
