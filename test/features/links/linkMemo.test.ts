// What an open page's link check keeps from one check to the next (features/links/linkMemo.ts): only what the edit
// changed is checked again, and nothing kept outlives what it was read from (files on disk, other pages, the page
// itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../server/src/config';
import { checkLinks, gatherLinks, type KeptAnswers } from '../../../server/src/features/links/gatheredLinks';
import { PlacedLinks } from '../../../server/src/features/links/placedLinks';
import { LinkChecker, type LinkInput } from '../../../server/src/features/links/validate';
import { parsePage } from '../../../server/src/model/page';
import { fileUri, NodeWorkspace } from '../../../server/src/node/nodeWorkspace';
import { LanguageService } from '../../../server/src/service';
import type { DocDiagnostic } from '../../../server/src/types';
import { r, service, uri } from '../../helpers';

const links = (ds: DocDiagnostic[]) => ds.filter((d) => d.code.startsWith('link.')).map((d) => `${d.code} ${r(d.range)}`);

/** How many links `f` has the checker check. */
async function checks<T>(f: () => Promise<T>): Promise<{ n: number; result: T }> {
  const check = LinkChecker.prototype.check;
  let n = 0;
  LinkChecker.prototype.check = function (this: LinkChecker, ...args: Parameters<typeof check>) {
    n++;
    return check.apply(this, args);
  };
  try {
    return { result: await f(), n };
  } finally {
    LinkChecker.prototype.check = check;
  }
}

function page(n: number): string {
  const lines = ['# P', ''];
  for (let i = 0; i < n; i++) lines.push(`Line ${i} [a](missing-${i}.md) and [b](other.md#sec).`);
  return `${lines.join('\n')}\n`;
}

test('typing in an open page checks again only the links the edit changed', async () => {
  const { ls } = service({ 'docs/docset.yml': 'project: test\n', 'docs/other.md': '# O\n\n## Sec\n', 'docs/p.md': page(40) });
  await ls.index.build();
  const doc = (text: string, version: number) => ({ uri: uri('docs/p.md'), version, text });
  const first = await checks(() => ls.diagnostics(doc(page(40), 1)));
  assert.equal(first.n, 41);
  assert.equal(links(first.result).length, 40);
  const typed = page(40).replace('Line 20 [a](missing-20.md)', 'Line 20 [a](missing-20x.md)');
  const second = await checks(() => ls.diagnostics(doc(typed, 2)));
  assert.equal(second.n, 1, 'only the changed URL');
  const others = (ds: DocDiagnostic[]) => links(ds).filter((x) => !x.includes(' 22:'));
  assert.deepEqual(others(second.result), others(first.result));
  assert.equal(links(second.result).length, 40);
});

test('a file created on disk between two checks (no notice, no index change) is seen by the second, listed folder or not', async () => {
  const text = `${page(40)}\n![i](img/one.png)\n`;
  const { ws, ls } = service({ 'docs/docset.yml': 'project: test\n', 'docs/other.md': '# O\n\n## Sec\n', 'docs/p.md': text });
  await ls.index.build();
  const doc = (t: string, version: number) => ({ uri: uri('docs/p.md'), version, text: t });
  assert.equal(links(await ls.diagnostics(doc(text, 1))).length, 41);
  // `missing-3.md` is in a folder the check listed (40 lookups); `img/one.png` is a single stat.
  ws.files.set(uri('docs/missing-3.md'), '# Three\n');
  ws.files.set(uri('docs/img/one.png'), 'x');
  const typed = text.replace('Line 20', 'Line 2O');
  const after = links(await ls.diagnostics(doc(typed, 2)));
  assert.equal(after.length, 39);
  assert.ok(!after.some((d) => d.startsWith('link.no-such-file 5:')), 'missing-3.md found');
  ws.files.delete(uri('docs/img/one.png'));
  assert.equal(links(await ls.diagnostics(doc(text, 3))).length, 40, 'and gone again');
});

test('on disk: a file created in a folder the check listed, and one removed, without notice, are seen by the next check', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-linkmemo-'));
  try {
    mkdirSync(join(dir, 'docs'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'docset.yml'), 'project: test\n');
    writeFileSync(join(dir, 'docs', 'other.md'), '# O\n\n## Sec\n');
    writeFileSync(join(dir, 'docs', 'pic-1.png'), 'x');
    const lines = ['# P', ''];
    for (let i = 0; i < 40; i++) lines.push(`Line ${i} ![a](pic-${i}.png).`);
    const text = `${lines.join('\n')}\n`;
    const ls = new LanguageService({ workspace: new NodeWorkspace([fileUri(dir)]), config: DEFAULT_CONFIG });
    await ls.index.build();
    const doc = (t: string, version: number) => ({ uri: fileUri(join(dir, 'docs', 'p.md')), version, text: t });
    assert.equal(links(await ls.diagnostics(doc(text, 1))).length, 39);
    writeFileSync(join(dir, 'docs', 'pic-7.png'), 'x');
    rmSync(join(dir, 'docs', 'pic-1.png'));
    const after = links(await ls.diagnostics(doc(text.replace('Line 30', 'Line 3O'), 2)));
    assert.equal(after.length, 39);
    assert.ok(after.includes('link.no-such-file 3:12-3:21') && !after.some((x) => x.includes(' 9:')), JSON.stringify(after));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('what depends on the page itself is checked again: a target that includes it (its own anchors: checkMemo.test.ts)', async () => {
  const snippet = '## S\n\n[a](../other.md#later)\n';
  const { ls } = service({
    'docs/docset.yml': 'project: test\n',
    'docs/other.md': '# O\n\n:::{include} _snippets/s.md\n:::\n',
    'docs/_snippets/s.md': snippet,
  });
  await ls.index.build();
  const doc = (t: string, version: number) => ({ uri: uri('docs/_snippets/s.md'), version, text: t });
  const codes = async (t: string, v: number) => (await ls.diagnostics(doc(t, v))).filter((d) => d.code === 'link.no-such-anchor').map((d) => d.message);
  assert.deepEqual(await codes(snippet, 1), ['`later` does not exist in other.md.']);
  assert.deepEqual(await codes(`${snippet}\n## Later\n`, 2), []);
  assert.deepEqual(await codes(snippet, 3), ['`later` does not exist in other.md.']);
});

test('another open page edited (its summary changes in the index): the answers about it are checked again', async () => {
  const { ls } = service({ 'docs/docset.yml': 'project: test\n', 'docs/other.md': '# O\n\n## Sec\n', 'docs/p.md': page(3) });
  await ls.index.build();
  const p = (t: string, version: number) => ({ uri: uri('docs/p.md'), version, text: t });
  const anchors = async (v: number) => (await ls.diagnostics(p(page(3), v))).filter((d) => d.code === 'link.no-such-anchor').length;
  assert.equal(await anchors(1), 0);
  await ls.diagnostics({ uri: uri('docs/other.md'), version: 1, text: '# O\n\n## Renamed\n' });
  assert.equal(await anchors(2), 3);
});

test('an edit of the same length that adds a line: the links after it get their diagnostics a line down', async () => {
  const { ls } = service({ 'docs/docset.yml': 'project: test\n', 'docs/other.md': '# O\n\n## Sec\n', 'docs/p.md': page(5) });
  await ls.index.build();
  const doc = (t: string, version: number) => ({ uri: uri('docs/p.md'), version, text: t });
  const first = links(await ls.diagnostics(doc(page(5), 1)));
  const same = page(5).replace('Line 1 ', 'Line\n1 ');
  assert.equal(same.length, page(5).length);
  const second = links(await ls.diagnostics(doc(same, 2)));
  const fresh = service({ 'docs/docset.yml': 'project: test\n', 'docs/other.md': '# O\n\n## Sec\n', 'docs/p.md': same }).ls;
  await fresh.index.build();
  assert.deepEqual(second, links(await fresh.diagnostics(doc(same, 2))));
  assert.deepEqual(second.slice(2), first.slice(2).map((x) => x.replace(/ (\d+):(\d+)-(\d+):/, (_, a, b, c) => ` ${+a + 1}:${b}-${+c + 1}:`)));
});

test('answers dropped while a check was under way: the next check does not take what that check placed from them', async () => {
  // Two checks with the same placing memo; the second from new kept answers (the old ones were dropped, as when
  // the index changed), as when a check that began before the drop ends after it and is the last one.
  const text = page(3);
  const links = gatherLinks(parsePage(text, uri('docs/p.md'), 1), false);
  let answer = 'first';
  const checker = { check: (link: LinkInput) => [{ code: `link.${answer}`, severity: 'error', message: answer, range: link.range }] } as unknown as LinkChecker;
  const env = { docsetOf: async () => undefined };
  const placed = new PlacedLinks();
  const kept = (seen: Map<string, DocDiagnostic[] | null>[]): KeptAnswers => ({ seen, keep: () => true, tainted: () => 0, placed, text });
  const first = await checkLinks(checker, env, uri('docs/p.md'), links, kept([]));
  assert.deepEqual(new Set(first.map((d) => d.code)), new Set(['link.first']));
  answer = 'second';
  const answers = placed.last!.answers as Map<string, DocDiagnostic[] | null>[];
  assert.deepEqual(await checkLinks(checker, env, uri('docs/p.md'), links, kept(answers)), first, 'the same kept answers: what was placed, found again');
  const second = await checkLinks(checker, env, uri('docs/p.md'), links, kept([]));
  assert.deepEqual(new Set(second.map((d) => d.code)), new Set(['link.second']));
});
