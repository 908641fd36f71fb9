// The block parser in plain CommonMark mode against the CommonMark specification's 652 examples (npm package
// commonmark-spec, 0.31.2): the block tree of each example equals remark's (the reference implementation's
// structure). Three examples differ only in the line remark gives a block's position; the spec's HTML there
// agrees with us, so they are listed, not fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksOutline, remarkOutline } from './structure';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS data package, read where it is installed
const spec = require('commonmark-spec') as { tests: { markdown: string; number: number; section: string }[] };

/** Examples where remark's positions, not the structure, differ. */
const POSITION_ONLY: Record<number, string> = {
  // `    foo\n    \n`: the whitespace-only line after the code is not code (`<pre><code>foo\n</code></pre>`); remark's
  // position still ends on it.
  117: 'remark ends the indented code on a trailing whitespace-only line',
  // `[foo]: /url\nbar\n===`: the heading's text is `bar` (`<h1>bar</h1>`); remark's heading starts on line 1.
  215: "remark's setext heading position includes the link definition before it",
  // `>>- one\n>>\n  >  > two`: the list holds one item on line 1; remark's list ends on the blank line 2.
  260: "remark's list position includes a blank quoted line after its only item",
};

test('CommonMark spec: every example has the block structure remark gives it', () => {
  assert.equal(spec.tests.length, 652);
  const mismatches: string[] = [];
  for (const t of spec.tests) {
    const md = t.markdown.replace(/→/g, '\t');
    const same = blocksOutline(md) === remarkOutline(md);
    if (same === (t.number in POSITION_ONLY)) mismatches.push(`#${t.number} (${t.section})${same ? ' now agrees: drop it from the list' : ''}`);
  }
  assert.deepEqual(mismatches, []);
});
