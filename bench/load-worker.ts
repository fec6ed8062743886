/**
 * The load of bench:pages, in a process of its own (so the client does not share the server's
 * event loop): autocannon against one URL, every response's time recorded, then one JSON line
 * with requests/s and the exact p50 and p95. `npx tsx bench/load-worker.ts <url> <seconds> <connections>`
 */
import autocannon from 'autocannon';

const [url = '', seconds = '10', connections = '10'] = process.argv.slice(2);
const times: number[] = [];
let failed = 0;
const run = autocannon({ url, connections: Number(connections), duration: Number(seconds) });
run.on('response', (_client, status, _bytes, ms) => {
  if (status >= 200 && status < 300) times.push(ms);
  else failed++;
});
const result = await run;
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
console.log(JSON.stringify({ url, requests: times.length, failed: failed + result.errors, rps: times.length / Number(seconds), p50: at(0.5), p95: at(0.95) }));
