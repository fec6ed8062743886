import { prepareDatabase } from './lib/prepare-database';

// `npm run db:migrate`: migrates the configured database and adds the defaults every shop needs
// (never the demo shop: `npm run db:seed-demo` does that), then exits.
const database = await prepareDatabase({ demo: false });
await database.stop();
