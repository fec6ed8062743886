import { prepareDatabase } from './lib/prepare-database';

// Migrates (and seeds when empty) the configured database, then exits.
const database = await prepareDatabase();
await database.stop();
