// Many links into one folder: the folder is listed once instead of a `stat` per link, with the same answers as
// the `stat`s (symbolic links and files of any case included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../server/src/config';
import { fileUri, NodeWorkspace } from '../../../server/src/node/nodeWorkspace';
import { LanguageService } from '../../../server/src/service';

test('links to 40 missing files and 3 existing ones in one folder: only the missing are reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-listing-'));
  mkdirSync(join(dir, 'docs', 'files'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'project: test\n');
  writeFileSync(join(dir, 'docs', 'files', 'real.txt'), 'x');
  writeFileSync(join(dir, 'docs', 'files', 'Mixed.TXT'), 'x');
  symlinkSync(join(dir, 'docs', 'files', 'real.txt'), join(dir, 'docs', 'files', 'linked.txt'));
  const lines = ['# Page', ''];
  for (let i = 0; i < 40; i++) lines.push(`See [m${i}](files/missing-${i}.txt).`, '');
  lines.push('See [r](files/real.txt), [l](files/linked.txt), [x](files/Mixed.TXT) and [n](files/nothere/deep.txt).', '');
  const text = lines.join('\n');
  writeFileSync(join(dir, 'docs', 'page.md'), text);
  const ws = new NodeWorkspace([fileUri(dir)]);
  let stats = 0;
  const stat = ws.stat.bind(ws);
  ws.stat = (uri) => { stats++; return stat(uri); };
  const ls = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG });
  await ls.index.build();
  stats = 0;
  const ds = (await ls.diagnostics({ uri: fileUri(join(dir, 'docs', 'page.md')), version: 1, text })).filter((d) => d.code.startsWith('link.'));
  const lineOf = (d: { range: { start: { line: number } } }) => text.split('\n')[d.range.start.line];
  assert.equal(ds.filter((d) => /missing-\d+\.txt/.test(lineOf(d))).length, 40);
  const last = ds.filter((d) => lineOf(d).startsWith('See [r]'));
  assert.deepEqual(last.map((d) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)), ['files/nothere/deep.txt']);
  assert.ok(stats < 30, `${stats} stats`);
});
