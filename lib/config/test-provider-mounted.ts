import { runtimeMode, type Env } from './runtime-mode';
import { isSwitchOn, SWITCHES } from './switches';

/**
 * Whether the test payment provider exists in this process: always outside production (the demo
 * and the tests pay with it), in production only with KADENS_TEST_PROVIDER=1. When it does not,
 * every one of its pages, actions and its webhook answers 404.
 */
export function isTestProviderMounted(env: Env = process.env): boolean {
  return runtimeMode(env) !== 'production' || isSwitchOn(env, SWITCHES.testProvider);
}
