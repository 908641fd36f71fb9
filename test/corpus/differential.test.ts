// The summary scanner (closed files, the index, `check`) must read every corpus page exactly as the
// CommonMark model (remark, open pages) does: same headings and ids, anchors, links, substitution uses,
// checklist items. Any difference would make the editor and CI disagree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../server/src/model/page';
import { scanSegment } from '../../server/src/model/segments';
import { markdownFiles, SHARED } from '../paths';
import type { Page } from '../../server/src/model/types';

function corpusPages(): string[] {
  return readdirSync(join(SHARED, 'corpus')).flatMap((set) => markdownFiles(join(SHARED, 'corpus', set, 'docs'))).sort();
}

function facts(p: Page): Record<string, string[]> {
  return {
    headings: p.headings.map((h) => `${h.level}:${h.id}@${h.start}`),
    anchors: p.anchors.map((a) => `${a.id}@${a.start}`),
    links: p.links.map((l) => `${l.path}#${l.fragment ?? ''}@${l.urlSpan.start}-${l.urlSpan.end}`),
    subs: p.subs.map((s) => `${s.key}:${s.context}@${s.start}`),
    checklist: p.checklist.map((c) => `${c.checked}:${c.path}:${c.notes.join('|')}`),
  };
}

test('summary scanner agrees with the CommonMark model on every corpus page', () => {
  const pages = corpusPages();
  assert.ok(pages.length > 250, `corpus has ${pages.length} pages`);
  const mismatches: string[] = [];
  for (const file of pages) {
    const text = readFileSync(file, 'utf8');
    const full = facts(parsePage(text));
    const fast = facts(parsePage(text, '', 0, { reader: scanSegment }));
    for (const k of Object.keys(full)) {
      const a = full[k];
      const b = fast[k];
      if (a.join('\n') !== b.join('\n')) {
        const onlyFull = a.filter((x) => !b.includes(x)).slice(0, 3);
        const onlyFast = b.filter((x) => !a.includes(x)).slice(0, 3);
        mismatches.push(`${file.slice(SHARED.length)} ${k}: remark ${JSON.stringify(onlyFull)} scanner ${JSON.stringify(onlyFast)}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
});

test('cutting segments at list items, headings and table rows reads every corpus page as whole paragraphs do', () => {
  const mismatches: string[] = [];
  for (const file of corpusPages()) {
    const text = readFileSync(file, 'utf8');
    const whole = facts(parsePage(text, '', 0, { coarse: true }));
    const cut = facts(parsePage(text));
    for (const k of Object.keys(whole)) {
      if (whole[k].join('\n') !== cut[k].join('\n')) {
        mismatches.push(`${file.slice(SHARED.length)} ${k}: whole ${JSON.stringify(whole[k].filter((x) => !cut[k].includes(x)).slice(0, 3))} cut ${JSON.stringify(cut[k].filter((x) => !whole[k].includes(x)).slice(0, 3))}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
});
