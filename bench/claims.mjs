// `npm run bench:claims`: bench/claims/claims.bench.ts, bundled and run by run-bundled.mjs; it prints one JSON line.
import { runBundledBench } from './run-bundled.mjs';

await runBundledBench('claims');
