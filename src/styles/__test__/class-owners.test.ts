import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * In H5 every package's stylesheet ends up in one document, so a class written at the top level of two
 * stylesheets is drawn by whichever loaded last (a badge green on one page and grey on another). Each
 * top-level class has one owning file; other files nest under their own block or use another name.
 */
const srcRoot = join(__dirname, '..', '..');

function stylesheetsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'styles' || name === '__test__' ? [] : stylesheetsUnder(path);
    return name.endsWith('.scss') ? [path] : [];
  });
}

/**
 * Classes that open a rule at column 0 on their own (`.nx-chip {`, `.a, .b {`, `.a.nut-button {`): what the
 * file owns. A descendant selector (`.nx-shell--large .nx-voucher__code`) styles inside someone else's
 * block and owns nothing.
 */
function topLevelClasses(scss: string): string[] {
  const owned = new Set<string>();
  let depth = 0;
  for (const line of scss.split('\n')) {
    if (depth === 0 && line.startsWith('.')) {
      for (const selector of line.replace(/\{.*$/, '').split(',')) {
        const compound = selector.trim();
        const first = compound.match(/^\.([a-zA-Z][\w-]*)/);
        if (first && !/[\s>+~]/.test(compound)) owned.add(first[1]);
      }
    }
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
  }
  return [...owned];
}

describe('stylesheet class owners', () => {
  it('finds the stylesheets and their classes (the check below has something to check)', () => {
    const sheets = stylesheetsUnder(srcRoot);
    expect(sheets.length).toBeGreaterThan(40);
    expect(topLevelClasses('.a, .b.c {\n  .d { x: 1; }\n}\n.e--on {}\n.f .g {}\n')).toEqual(['a', 'b', 'e--on']);
  });

  it('gives every top-level class exactly one stylesheet', () => {
    const owners = new Map<string, string[]>();
    for (const sheet of stylesheetsUnder(srcRoot)) {
      for (const name of topLevelClasses(readFileSync(sheet, 'utf8'))) {
        owners.set(name, [...(owners.get(name) ?? []), relative(srcRoot, sheet)]);
      }
    }
    const shared = [...owners].filter(([, files]) => files.length > 1).map(([name, files]) => `.${name}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
