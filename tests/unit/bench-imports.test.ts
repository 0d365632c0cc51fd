// The bench is a script, not a test, so nothing else would notice when a refactor leaves it importing a name a
// module no longer exports (it happened: `npm run bench` died with a SyntaxError on start). This links every
// named import between the bench's own modules against what those modules really export.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BENCH = resolve('scripts/bench');
const ENTRY_FILES = ['run.mjs', 'browse.mjs', 'lighthouse.mjs', 'pages.mjs', 'report.mjs', 'server.mjs'];

function localImports(file: string): { names: string[]; from: string }[] {
  const src = readFileSync(resolve(BENCH, file), 'utf8');
  const out: { names: string[]; from: string }[] = [];
  for (const m of src.matchAll(/import\s*\{([^}]+)\}\s*from\s*'(\.{1,2}\/[^']+)'/g)) {
    const [, list = '', rel = ''] = m;
    const names = list
      .split(',')
      .map((n) => n.trim().split(/\s+as\s+/)[0] ?? '')
      .filter((n) => n !== '');
    out.push({ names, from: resolve(dirname(resolve(BENCH, file)), rel) });
  }
  return out;
}

describe('bench scripts link', () => {
  const cases = ENTRY_FILES.flatMap((file) => localImports(file).map((imp) => ({ file, ...imp })));
  it('finds the local imports it checks', () => expect(cases.length).toBeGreaterThan(5));
  it.each(cases)('$file imports {$names} from an existing export', async ({ names, from }) => {
    // Importing the module under test is safe: only run.mjs has top-level effects, and nothing imports it.
    const mod = await import(from);
    for (const name of names) expect(Object.keys(mod), `${name} in ${from}`).toContain(name);
  });
});
