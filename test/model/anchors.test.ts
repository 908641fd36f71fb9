// A page's link targets (model/anchors.ts): visited in one merged pass, they come in the order of a stable sort
// of headings, inline anchors and directive targets by offset — the definition docs-builder's registration follows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachAnchor, pageAnchors, type AnchorTarget } from '../../server/src/model/anchors';
import { parsePage } from '../../server/src/model/page';
import { slugify } from '../../server/src/model/slug';
import type { Page } from '../../server/src/model/types';
import { page as pageText } from '../reliability/arbitraries';

const NAMED = new Set(['note', 'warning', 'tip', 'important', 'admonition', 'dropdown']);

/** The targets as three lists concatenated and stably sorted by offset. */
function sortedTargets(page: Page): AnchorTarget[] {
  const out: AnchorTarget[] = [];
  for (const h of page.headings) if (h.level >= 2) out.push({ id: h.id, kind: 'heading', span: { start: h.start, end: h.end }, label: h.title, inComment: false });
  for (const a of page.anchors) out.push({ id: a.id, kind: 'anchor', span: { start: a.start, end: a.end }, label: a.name, inComment: a.context === 'comment' });
  for (const d of page.directives) {
    if (d.name === 'step') {
      const anchor = d.options.find((o) => o.key === 'anchor');
      const id = anchor?.value ? slugify(anchor.value) : slugify(d.argument);
      if (id) out.push({ id, kind: 'step', span: anchor ? anchor.valueSpan : d.argumentSpan, label: d.argument, inComment: false });
    } else if (NAMED.has(d.name)) {
      const name = d.options.find((o) => o.key === 'name');
      if (name?.value) out.push({ id: name.value, kind: 'directive', span: name.valueSpan, label: `{${d.name}} ${d.argument}`.trim(), inComment: false });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

test('link targets: headings from level 2, anchors, directive names and steps, in source order', () => {
  const p = parsePage('# T\n\n## A $$$x$$$\n\n:::{note}\n:name: n1\nBody $$$y$$$\n:::\n\n::::{stepper}\n:::{step} First step\n:::\n::::\n');
  assert.deepEqual(pageAnchors(p).map((a) => [a.kind, a.id]), [['heading', 'a'], ['anchor', 'x'], ['directive', 'n1'], ['anchor', 'y'], ['step', 'first-step']]);
  assert.equal(pageAnchors(p), pageAnchors(p), 'made once per page model');
});

test('link targets: the merged visit equals the stable sort of the three lists', () => {
  fc.assert(fc.property(pageText, (text) => {
    const p = parsePage(text);
    const expected = sortedTargets(p);
    assert.deepStrictEqual([...pageAnchors(p)], expected);
    const visited: [string, string, number, number][] = [];
    eachAnchor(p, (kind, id, start, end) => visited.push([kind, id, start, end]));
    assert.deepStrictEqual(visited, expected.map((a) => [a.kind, a.id, a.span.start, a.span.end]));
  }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) });
});
