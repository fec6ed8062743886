import { describe, expect, test } from 'vitest';
import { embeddedReactions } from '@/lib/services/events/embedded-reactions';
import { DOMAIN_EVENT_NAMES, eventSchemas, isDomainEventName } from '@/lib/validations/events';
import { functions } from './index';

function triggerEvents(fn: (typeof functions)[number]): string[] {
  const triggers = (fn.opts.triggers ?? []) as Array<{ event?: string }>;
  return triggers.flatMap((t) => (t.event ? [t.event] : []));
}

describe('embedded reactions and Inngest functions', () => {
  test('every Inngest function triggered by a domain event has its embedded counterpart, under its id', () => {
    for (const fn of functions) {
      for (const name of triggerEvents(fn).filter(isDomainEventName)) {
        expect(Object.keys(embeddedReactions[name]), `${fn.id()} on ${name}`).toContain(fn.id());
      }
    }
  });

  test('every embedded reaction stands for an Inngest function triggered by the same event', () => {
    for (const name of DOMAIN_EVENT_NAMES) {
      const triggered = functions.filter((fn) => triggerEvents(fn).includes(name)).map((fn) => fn.id());
      expect(Object.keys(embeddedReactions[name]).sort(), name).toEqual(triggered.sort());
    }
  });

  test('functions listen only to known events', () => {
    for (const fn of functions) {
      for (const event of triggerEvents(fn)) expect(Object.keys(eventSchemas)).toContain(event);
    }
  });
});
