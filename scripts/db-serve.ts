import { prepareDatabase } from './lib/prepare-database';

// Serves the embedded database alone, e.g. to run `next dev` or a SQL client beside it.
const database = await prepareDatabase();
console.log(`Serving ${database.url} (Ctrl+C stops)`);
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
