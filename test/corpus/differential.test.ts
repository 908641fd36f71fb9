// The block parser and the inline scanner against the reference, remark's CommonMark parser, on every page of
// ../shared/corpus (and the seed page):
// - in plain CommonMark mode the block tree (every block quote, list, item, paragraph, heading, code block,
//   HTML block, link definition, with its lines) equals remark's, page for page;
// - in docs-builder's mode, every inline unit (paragraph, heading text) holds the same links, substitutions,
//   anchors and roles whether our scanner or remark reads it.
// What docs-builder's mode adds to CommonMark (directives, comments, definition lists, no indented code and no
// HTML blocks) is tested construct by construct in test/model/blocks.test.ts, with docs-builder's source named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBlocks } from '../../server/src/model/blocks';
import { emptyResult, readUnit } from '../../server/src/model/units';
import { markdownFiles, SHARED } from '../paths';
import { remarkInline } from '../model/remarkInline';
import { blocksOutline, remarkOutline } from '../model/structure';

function corpusPages(): string[] {
  const pages = readdirSync(join(SHARED, 'corpus')).flatMap((set) => markdownFiles(join(SHARED, 'corpus', set, 'docs'))).sort();
  return [...pages, join(SHARED, 'samples', 'security.md')];
}

test('block structure: CommonMark mode equals remark on every corpus page', () => {
  const pages = corpusPages();
  assert.ok(pages.length > 250, `corpus has ${pages.length} pages`);
  const mismatches: string[] = [];
  for (const file of pages) {
    const text = readFileSync(file, 'utf8');
    const ours = blocksOutline(text).split('\n');
    const theirs = remarkOutline(text).split('\n');
    let k = 0;
    while (k < ours.length && ours[k] === theirs[k]) k++;
    if (k < ours.length || k < theirs.length) mismatches.push(`${file.slice(SHARED.length)} at block ${k}: ours ${ours[k]} remark ${theirs[k]}`);
  }
  assert.deepEqual(mismatches, []);
});

test('inline content: every unit of every corpus page reads the same with our scanner and with remark', () => {
  const mismatches: string[] = [];
  let units = 0;
  for (const file of corpusPages()) {
    const text = readFileSync(file, 'utf8');
    for (const u of scanBlocks(text).units) {
      units++;
      const ours = readUnit(text, u);
      const ref = { ...emptyResult(), ...remarkInline(text, u.start, u.end) };
      const facts = (r: typeof ours) => [
        ...r.links.map((l) => `link ${l.url}@${l.urlSpan.start}-${l.urlSpan.end}${l.image ? ' image' : ''}${l.autolink ? ' auto' : ''}`),
        ...r.subs.map((s) => `sub ${s.key}:${s.context}@${s.start}`),
        ...r.anchors.map((a) => `anchor ${a.id}@${a.start}`),
        ...r.roles.map((x) => `role ${x.name}:${x.content}@${x.start}`),
      ].sort();
      const a = facts(ours);
      const b = facts(ref);
      if (a.join('\n') !== b.join('\n')) {
        mismatches.push(`${file.slice(SHARED.length)}:${u.startLine + 1} ours ${JSON.stringify(a.filter((x) => !b.includes(x)))} remark ${JSON.stringify(b.filter((x) => !a.includes(x)))}`);
      }
    }
  }
  assert.ok(units > 10000, `${units} units compared`);
  assert.deepEqual(mismatches, []);
});
