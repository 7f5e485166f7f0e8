// `npm run bench:size`: one JSON line with the weapp package sizes (needs `npm run build:weapp` first).
import { createRequire } from 'node:module';

const { measureWeapp } = createRequire(import.meta.url)('./size-of-weapp.cjs');

try {
  console.log(JSON.stringify(measureWeapp()));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
