import type { KadensEventData, KadensEventName } from './events';

/**
 * The part of Inngest's `step` that the event handlers use. Inngest's own `step` satisfies it;
 * so does the inline runner, which is how the embedded default runs the very same handlers.
 */
export type StepRunner = {
  run: <T>(id: string, fn: () => Promise<T>) => Promise<unknown>;
};

export type EventHandlerInput<N extends KadensEventName> = {
  /** Only the data: Inngest also hands over the same data when the function is invoked directly. */
  event: { data: KadensEventData<N> };
  step: StepRunner;
};

export type EventHandler<N extends KadensEventName> = (input: EventHandlerInput<N>) => Promise<unknown>;
