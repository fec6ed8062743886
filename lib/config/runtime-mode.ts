/**
 * How strict the settings are. `production` is every `next start` and any process run with
 * NODE_ENV=production; everything else (`next dev`, the tests) is `development`, which keeps
 * the zero-configuration demo.
 */
export type RuntimeMode = 'production' | 'development';

export type Env = Readonly<Record<string, string | undefined>>;

export function runtimeMode(env: Env = process.env): RuntimeMode {
  return env.NODE_ENV === 'production' ? 'production' : 'development';
}
