// The manifest keeps in step with the server: every diagnostic code the sources can emit has a severity
// setting (so users can change or silence each one from settings.json with completion).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './paths';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every diagnostic code in the sources has an elasticDocs.severity entry', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const listed = new Set(Object.keys(pkg.contributes.configuration.properties['elasticDocs.severity'].properties));
  const codes = new Set<string>();
  for (const f of sources(join(REPO, 'server', 'src'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'((?:sub|link|anchor|directive|comment|frontmatter|migration|applies|table|role|code|page|docset|include|image|csv|settings|toc|redirect|hub|whitespace|changelog|storybook|contributors)\.[a-z-]+)'/g)) {
      if (m[1] !== 'docset.yml' && m[1] !== 'toc.yml') codes.add(m[1]);
    }
  }
  assert.ok(codes.size > 50, `found ${codes.size} codes`);
  assert.deepEqual([...codes].filter((c) => !listed.has(c)).sort(), []);
});
