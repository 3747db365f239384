// Load for bench/scale-bench.ts, in its own process so it does not share the app's event loop.
// Reads a JSON job from argv[2]: { url, paths: [...], cookie, connections, seconds }; cycles every
// connection through the paths; prints JSON: requests, non-2xx, errors, p50/p95/p99 of every response time.
import autocannon from 'autocannon';

const job = JSON.parse(process.argv[2]);
if (!job.url.startsWith('http://127.0.0.1:')) throw new Error(`refusing to load anything but 127.0.0.1: ${job.url}`);
const times = [];
const instance = autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  headers: { cookie: job.cookie },
  requests: job.paths.map((path) => ({ method: 'GET', path })),
});
instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
instance.on('done', (result) => {
  times.sort((a, b) => a - b);
  const at = (q) => (times.length ? Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]) : NaN);
  process.stdout.write(
    JSON.stringify({ requests: times.length, perSecond: result.requests.average, non2xx: result.non2xx, errors: result.errors, p50: at(0.5), p95: at(0.95), p99: at(0.99) }),
  );
});
