const fs = require('node:fs');
const path = require('node:path');

/**
 * Sizes of the built mini-program (dist/weapp), as WeChat counts packages: a file belongs to the
 * subpackage whose root (app.json `subPackages[].root`) holds it; everything else is the main
 * package, which WeChat caps at 2 MB and 暖新 budgets at 600 KB. Shared by `npm run bench:size` and
 * test/built/main-package-size.test.ts (CommonJS, so both the ESM script and jest can load it).
 */
// NUANXIN_WEAPP_DIR: a build made elsewhere with NUANXIN_OUTPUT_ROOT; dist/weapp by default.
const weappDir = path.resolve(process.env.NUANXIN_WEAPP_DIR ?? path.join(__dirname, '..', 'dist', 'weapp'));
const mainPackageBudgetKB = 600;

const filesUnder = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** @returns {{ mainKB: number, subpackagesKB: Record<string, number>, totalKB: number }} */
const measureWeapp = (dir = weappDir) => {
  const appJson = path.join(dir, 'app.json');
  if (!fs.existsSync(appJson)) {
    throw new Error(`${appJson} is missing: build the mini-program first (npm run build:weapp).`);
  }
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8'));
  const roots = (app.subPackages || app.subpackages || []).map((sub) => sub.root.replace(/\/+$/, ''));
  const subpackages = Object.fromEntries(roots.map((root) => [root, 0]));
  let main = 0;
  let total = 0;
  for (const file of filesUnder(dir)) {
    const size = fs.statSync(file).size;
    const relative = path.relative(dir, file).split(path.sep).join('/');
    const root = roots.find((r) => relative.startsWith(`${r}/`));
    if (root) subpackages[root] += size;
    else main += size;
    total += size;
  }
  return {
    mainKB: kb(main),
    subpackagesKB: Object.fromEntries(Object.entries(subpackages).map(([root, size]) => [root, kb(size)])),
    totalKB: kb(total),
  };
};

module.exports = { measureWeapp, weappDir, mainPackageBudgetKB };
