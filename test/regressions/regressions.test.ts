// False positives found on real, cleanly building docsets, each as a minimal page (pages/): what we report on it
// now, exactly. Every page builds with docs-builder without an error, so none of these may be an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, service, uri } from '../helpers';

const DOCSET = 'project: regressions\nsubs:\n  ech: Elastic Cloud Hosted\n';
const PAGES = join(REPO, 'test', 'regressions', 'pages');

/** What each page must give: `code severity line` (1-based), in order. */
const EXPECTED: Record<string, string[]> = {
  'list-unclosed-fence.md': [],
  'fence-indented-in-list.md': [],
  'heading-custom-id-sub.md': [],
  // The block is validated as applies_to YAML (no unknown-language warning): `ga 9.1` is valid.
  'applies-to-double-brace.md': [],
  'comment-subs.md': ['sub.undefined hint 3', 'sub.mutation-unknown hint 4'],
  'containers.md': ['directive.unclosed hint 18'],
  'colon-lines.md': [],
  'cross-page-anchors.md': [],
};

test('every regression page is listed, and none is missing', () => {
  assert.deepEqual(readdirSync(PAGES).sort(), Object.keys(EXPECTED).sort());
});

for (const [name, expected] of Object.entries(EXPECTED)) {
  test(`regression page ${name}: ${expected.length ? expected.join(', ') : 'nothing to report'}`, async () => {
    const files: Record<string, string> = { 'docs/docset.yml': DOCSET };
    for (const f of readdirSync(PAGES)) files[`docs/${f}`] = readFileSync(join(PAGES, f), 'utf8');
    const { ls } = service(files);
    await ls.index.build();
    const got = (await ls.diagnostics({ uri: uri(`docs/${name}`), version: 1, text: files[`docs/${name}`] }))
      .map((d) => `${d.code} ${d.severity} ${d.range.start.line + 1}`);
    assert.deepEqual(got, expected);
  });
}
