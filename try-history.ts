import { REAL_TIME } from '@/db/queries/clock-scope';
const { simulateDemoHistory, demoOwnerId } = await import('@/lib/services/demo/simulate-demo-history');
const end = new Date();
const start = new Date(Date.UTC(end.getUTCFullYear() - 2, end.getUTCMonth(), 1));
const t0 = performance.now();
const report = await simulateDemoHistory({ scope: REAL_TIME, staffUserId: (await demoOwnerId())!, start, end, customers: Number(process.argv[2] ?? 50), seed: 12 });
console.log(report, Math.round(performance.now() - t0), 'ms');
process.exit(0);
