// Hostile pages, docsets and workspaces: each gives a diagnostic or a logged skip, never an exception.
// (How long and how much memory each takes is printed by `npm run bench -- hostile`, not asserted here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/config';
import { fileUri, NodeWorkspace } from '../../server/src/node/nodeWorkspace';
import { LanguageService } from '../../server/src/service';
import { service, uri } from '../helpers';
import { HOSTILE_DOCSETS, HOSTILE_PAGES } from './hostileInputs';

for (const h of HOSTILE_PAGES) {
  test(`hostile page: ${h.name}`, { timeout: 60_000 }, async () => {
    const text = h.text();
    const { ls } = service({ 'docs/docset.yml': 'subs:\n  ech: E\n', 'docs/p.md': text });
    const doc = { uri: uri('docs/p.md'), version: 1, text };
    const diags = await ls.diagnostics(doc);
    if (text.length > DEFAULT_CONFIG.maxPageSize) assert.deepEqual(diags.map((d) => d.code), ['page.too-large']);
    if (text.includes('\u0000')) assert.deepEqual(diags.map((d) => d.code), ['page.binary']);
    const pos = { line: 0, character: 3 };
    await ls.hover(doc, pos);
    await ls.completion(doc, pos, {});
    await ls.documentSymbols(doc);
    await ls.foldingRanges(doc);
  });
}

for (const h of HOSTILE_DOCSETS) {
  test(`hostile docset: ${h.name}`, { timeout: 30_000 }, async () => {
    const { ls } = service({ 'docs/docset.yml': h.text(), 'docs/p.md': '# T\n\n{{ech}}\n' });
    const diags = await ls.diagnostics({ uri: uri('docs/p.md'), version: 1, text: '# T\n\n{{ech}}\n' });
    assert.deepEqual(diags.map((d) => d.code), ['sub.undefined']);
    const docset = await ls.docsets.docsetFor(uri('docs/p.md'));
    assert.ok(docset);
  });
}

test('hostile workspace: symlink loops, unreadable folders, files that vanish while indexing', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-hostile-'));
  try {
    mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'docset.yml'), 'subs: {}\n');
    writeFileSync(join(dir, 'docs', 'a.md'), '# A\n');
    symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'sub', 'loop'));
    mkdirSync(join(dir, 'docs', 'locked'));
    writeFileSync(join(dir, 'docs', 'locked', 'x.md'), '# X\n');
    chmodSync(join(dir, 'docs', 'locked'), 0o000);
    for (let i = 0; i < 50; i++) writeFileSync(join(dir, 'docs', `v${i}.md`), `# V${i}\n`);
    const ws = new NodeWorkspace([fileUri(dir)]);
    const ls = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG });
    const building = ls.index.build();
    for (let i = 0; i < 50; i++) rmSync(join(dir, 'docs', `v${i}.md`), { force: true });
    await building;
    assert.ok(ls.index.get(fileUri(join(dir, 'docs', 'a.md'))));
    assert.ok(![...ls.index.pages.keys()].some((k) => k.includes('/loop/')), 'symlinked folders are not followed');
  } finally {
    chmodSync(join(dir, 'docs', 'locked'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
