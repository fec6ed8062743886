import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { runNext } from './lib/run-next';

// `npm start`: the production server; builds first when there is no build yet.
if (!fs.existsSync('.next/BUILD_ID')) execSync('npx next build', { stdio: 'inherit' });
await runNext('start');
