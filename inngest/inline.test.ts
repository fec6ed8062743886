import { describe, expect, test } from 'vitest';
import { kadensEvents, type KadensEventName } from './events';
import { functions } from './index';
import { inlineHandlers } from './inline';

function triggerEvents(fn: (typeof functions)[number]): string[] {
  const triggers = (fn.opts.triggers ?? []) as Array<{ event?: string }>;
  return triggers.flatMap((t) => (t.event ? [t.event] : []));
}

describe('inline handlers', () => {
  test('every event an Inngest function listens to has exactly as many inline handlers', () => {
    for (const name of Object.keys(kadensEvents) as KadensEventName[]) {
      const listening = functions.filter((fn) => triggerEvents(fn).includes(name));
      expect(inlineHandlers[name], name).toHaveLength(listening.length);
    }
  });

  test('functions listen only to known events', () => {
    for (const fn of functions) {
      for (const event of triggerEvents(fn)) expect(Object.keys(kadensEvents)).toContain(event);
    }
  });
});
