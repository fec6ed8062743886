import { isSwitchOn, SWITCHES } from '../lib/config/switches';
import { prepareDatabase } from './lib/prepare-database';

// Serves the embedded database alone, e.g. to run `next dev` or a SQL client beside it. Seeds
// the demo shop only with KADENS_SEED_DEMO=1 (or run `npm run db:seed-demo` first).
const database = await prepareDatabase({ demo: isSwitchOn(process.env, SWITCHES.seedDemo) });
console.log(`Serving ${database.url} (Ctrl+C stops)`);
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
