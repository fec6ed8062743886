/**
 * Imported first by the processes that play the demo shop's history (scripts/dev.ts,
 * scripts/db-seed-demo.ts, the benchmark): loads React's production build, in which the history's
 * e-mails render about twice as fast. These processes run without NODE_ENV (Next.js sets its own
 * in the `next dev` child), and React picks its build when first loaded: NODE_ENV is
 * `production` only while React loads here, so every later import gets this build, and nothing
 * else in the process, nor the environment a child inherits, sees it.
 *
 * NOTE: must stay the first import, and synchronous: a module that loaded React before it would
 * keep the development build next to this one.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// (Next.js's types make NODE_ENV read-only; here it is only borrowed.)
const env: Record<string, string | undefined> = process.env;
const before = env.NODE_ENV;
env.NODE_ENV = 'production';
try {
  for (const name of ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/server']) require(name);
} finally {
  if (before === undefined) delete env.NODE_ENV;
  else env.NODE_ENV = before;
}
