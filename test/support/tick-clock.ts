import { sql } from '../../db/client';
import { tick } from '../../lib/services/billing/tick';

// A separate process running the embedded sweep for one test clock: the crash test kills it.
const [clockId, at, batchSize] = process.argv.slice(2);
process.stdout.write('started\n');
await tick({ now: new Date(at!), scope: { kind: 'test-clock', clockId: clockId! }, batchSize: Number(batchSize ?? 50) });
await sql.end();
