import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r, service, uri } from '../../helpers';

async function diags(text: string): Promise<string[]> {
  const { ls } = service({ 'docs/docset.yml': 'project: t\n', 'docs/page.md': text });
  const ds = await ls.diagnostics({ uri: uri('docs/page.md'), version: 1, text });
  return ds.filter((d) => d.code.startsWith('whitespace.')).map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`);
}

const HINT = "Irregular space detected. Run 'docs-builder format --write' to automatically fix all instances.";

test('space detection (docs-builder\'s SpaceNormalizer test): a hint on `not a\\u000Bspace`', async () => {
  assert.deepEqual(await diags('# T\n\nnot a\u000Bspace\n'), [`whitespace.irregular hint 2:5-2:6 ${HINT}`]);
});

test('each irregular space in text: headings, list items, table cells, link text, `%` comments', async () => {
  const text = '# T\u2003itle\n\n- item\u200Bone\n\n| a\u2009b |\n|---|\n\n[li\u3000nk](https://example.com)\n\n% com\u2002ment\n';
  assert.deepEqual(await diags(text), [
    `whitespace.irregular hint 0:3-0:4 ${HINT}`,
    `whitespace.irregular hint 2:6-2:7 ${HINT}`,
    `whitespace.irregular hint 4:3-4:4 ${HINT}`,
    `whitespace.irregular hint 7:3-7:4 ${HINT}`,
    `whitespace.irregular hint 9:5-9:6 ${HINT}`,
  ]);
});

test('silent: no-break and other kept spaces, code, front matter, link URLs, directive lines, HTML comments', async () => {
  const text = [
    '---', 'title: a\u2003b', '---', '', '# T', '',
    'Kept: 10\u00A0km, 1\u2007000, 10\u202F%, a\u205Fb.', '',
    '`co\u2009de` and ```x\u200By```', '',
    '```sh', 'echo a\u2003b', '```', '',
    '[x](https://example.com/a\u200Bb)', '',
    ':::{note} Ti\u2003tle', ':class: a\u2003b', 'Body', ':::', '',
    '<!-- a\u2003b -->', '',
  ].join('\n');
  assert.deepEqual(await diags(text), []);
});

test('every character the model records as irregular has a name and a replacement (one list for both)', async () => {
  const { IRREGULAR_CHARS } = await import('../../../server/src/model/irregular');
  const { parsePage } = await import('../../../server/src/model/page');
  const { irregularSpaces } = await import('../../../server/src/features/text/irregularSpace');
  const text = `# T\n\n${[...IRREGULAR_CHARS].map((c) => `a${c}b`).join(' ')}\n`;
  const found = irregularSpaces(parsePage(text));
  assert.equal(found.length, IRREGULAR_CHARS.length);
  for (const f of found) assert.match(f.name, /^[a-zA-Z -]+ \(U\+[0-9A-F]{4}\)$/, f.name);
  // U+00A0 and U+2007 are kept by docs-builder's SpaceNormalizer.
  assert.equal(irregularSpaces(parsePage('# T\n\na\u00a0b\u2007c\n')).length, 0);
});

test('an invisible space inside a bare URL is part of the URL docs-builder autolinks: no hint; white space ends the URL', async () => {
  // U+200B and U+FEFF are no white space to .NET: the autolink takes them. U+2003 is: it ends the URL and is text.
  assert.deepEqual(await diags('# T\n\nSee https://x.io/a\u200Bb and https://x.io/c\uFEFFd, https://x.io/e\u2003f.\n'), [
    `whitespace.irregular hint 2:57-2:58 ${HINT}`,
  ]);
});
