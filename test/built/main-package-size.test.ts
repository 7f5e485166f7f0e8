import fs from 'node:fs';
import path from 'node:path';

/** The weapp main package stays within 暖新's budget (DESIGN.md: every feature is a subpackage). */
// The measurement is shared with `npm run bench:size`; CommonJS so both can load it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measureWeapp, mainPackageBudgetKB, weappDir } = require('../../bench/size-of-weapp.cjs') as {
  measureWeapp: () => { mainKB: number; subpackagesKB: Record<string, number>; totalKB: number };
  mainPackageBudgetKB: number;
  weappDir: string;
};

const mainPackageScripts = (roots: string[]) => {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return walk(weappDir).filter((file) => {
    const relative = path.relative(weappDir, file).split(path.sep).join('/');
    return file.endsWith('.js') && !roots.some((root) => relative.startsWith(`${root}/`));
  });
};

describe('weapp package sizes', () => {
  const sizes = measureWeapp();

  it(`keeps the main package within ${mainPackageBudgetKB} KB`, () => {
    console.log(JSON.stringify(sizes));
    expect(sizes.mainKB).toBeLessThanOrEqual(mainPackageBudgetKB);
  });

  it('puts the join flow and the staff pages in their own subpackages', () => {
    expect(Object.keys(sizes.subpackagesKB)).toEqual(expect.arrayContaining(['packages/join', 'packages/staff']));
    for (const size of Object.values(sizes.subpackagesKB)) expect(size).toBeGreaterThan(0);
  });

  it('keeps zod (~60 KB), which only subpackage forms use, out of the main package', () => {
    // It comes back if a main-package page imports a runtime value from a @core module whose zod
    // schema some subpackage uses (e.g. occupationLabels): see babel.config.js.
    const offenders = mainPackageScripts(Object.keys(sizes.subpackagesKB)).filter((file) =>
      fs.readFileSync(file, 'utf8').includes('ZodError'),
    );
    expect(offenders).toEqual([]);
  });
});
