// `npm run bench:stats`: bench/stats/stats.bench.ts, bundled and run by run-bundled.mjs; it prints one JSON line.
import { runBundledBench } from './run-bundled.mjs';

await runBundledBench('stats');
