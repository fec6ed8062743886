import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { preflight } from './lib/preflight';
import { runNext } from './lib/run-next';

// `npm start`: the production server. The settings are checked first (a refused start builds
// nothing and touches no database), then it builds when there is no build yet.
// NOTE: production for this process too: its embedded billing engine must see what the server
// sees (no test provider unless KADENS_TEST_PROVIDER=1).
Object.assign(process.env, { NODE_ENV: 'production' });
preflight('production');
if (!fs.existsSync('.next/BUILD_ID')) execSync('npx next build --webpack', { stdio: 'inherit' });
await runNext('start');
