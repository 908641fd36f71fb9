// The YAML fast path against the `yaml` library: on every front matter of the corpus and samples (the very text
// parseFrontMatter parses) and every docset / redirects file, parseDocumentFast gives undefined (fall back) or a
// Document deep-equal to parseDocument's: same nodes and classes, ranges, scalar types and formats, comments,
// commentBefore, spaceBefore, errors (none), options. Hand-picked cases pin what is in the subset and what falls back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { scanBlocks } from '../../server/src/model/blocks';
import { parseDocumentFast } from '../../server/src/model/yamlFast';
import { markdownFiles, SHARED } from '../paths';

const FRONT_MATTER = { prettyErrors: false, uniqueKeys: false }; // parseFrontMatter's options
const DOCSET = { uniqueKeys: false }; // docset.ts parseYaml's options

/** The YAML parseFrontMatter hands to the parser: the page up to the closing `---`. */
function frontMatterText(page: string): string | undefined {
  const fm = scanBlocks(page).frontMatter;
  return fm && page.slice(0, fm.content.end);
}

function docsetFiles(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) docsetFiles(p, out);
    else if (/^_?(docset|redirects)\.yml$/.test(n)) out.push(p);
  }
  return out.sort();
}

/** Every node's range, type and comments, walked in both trees (a readable failure before the deep comparison). */
function walk(node: unknown, path: string, out: string[]): void {
  if (isScalar(node)) out.push(`${path} ${JSON.stringify(node.range)} ${node.type} ${String(node.format)} ${JSON.stringify(node.value)} ${node.commentBefore}|${node.comment}|${node.spaceBefore}`);
  else if (isMap(node) || isSeq(node)) {
    out.push(`${path} ${JSON.stringify(node.range)} ${isMap(node) ? 'map' : 'seq'} ${node.flow} ${node.commentBefore}|${node.comment}|${node.spaceBefore}`);
    node.items.forEach((it, i) => {
      if (isMap(node)) {
        const pair = it as { key: Node; value: Node | null };
        walk(pair.key, `${path}.${i}k`, out);
        walk(pair.value, `${path}.${i}v`, out);
      } else walk(it, `${path}.${i}`, out);
    });
  } else out.push(`${path} ${String(node)}`);
}

/** Fast is undefined, or equal to parseDocument in every respect; returns whether the fast path was taken. */
function assertSame(text: string, options: typeof DOCSET, label: string): boolean {
  const fast = parseDocumentFast(text, options);
  if (fast === undefined) return false;
  const slow = parseDocument(text, options);
  const a: string[] = [];
  const b: string[] = [];
  walk(fast.contents, '$', a);
  walk(slow.contents, '$', b);
  assert.deepEqual(a, b, label);
  assert.deepEqual(fast.toJS(), slow.toJS(), label);
  assert.deepEqual([fast.range, fast.errors, fast.warnings, fast.comment, fast.commentBefore], [slow.range, slow.errors, slow.warnings, slow.comment, slow.commentBefore], label);
  assert.deepStrictEqual(fast, slow, label);
  return true;
}

test('yamlFast: every front matter of the corpus and samples parses like parseDocument, under 5% fall back', () => {
  const pages = [...markdownFiles(join(SHARED, 'corpus')), ...markdownFiles(join(SHARED, 'samples'))];
  let total = 0;
  const fellBack: string[] = [];
  for (const p of pages) {
    const text = frontMatterText(readFileSync(p, 'utf8'));
    if (text === undefined) continue;
    total++;
    if (!assertSame(text, FRONT_MATTER, p)) fellBack.push(p);
  }
  assert.ok(total > 150, `${total} front matters`);
  assert.ok(fellBack.length < total * 0.05, `${fellBack.length} of ${total} fell back: ${fellBack.join(', ')}`);
});

test('yamlFast: every docset and redirects file of the corpus parses like parseDocument, without falling back', () => {
  const files = docsetFiles(join(SHARED, 'corpus'));
  assert.ok(files.length >= 5);
  for (const f of files) assert.ok(assertSame(readFileSync(f, 'utf8'), DOCSET, f), `${f} fell back`);
});

test('yamlFast: the subset (comments, blank lines, quoting, core-schema scalars, empty values) takes the fast path', () => {
  const inSubset = [
    '---\ntitle: Hello\nsub:\n  ech: "Elastic Cloud Hosted"\n  v: 9.0\napplies_to:\n  stack: ga 9.1\n',
    '---\n\n# lead\na: 1 # one\n\nb: x\n  # indented, joins x\n# col0\nc: d\n\n',
    'redirects:\n  # first\n  \'a.md\': \'b.md\'\n\n  # ── group ──\n  \'c.md\':\n    to: \'d.md\'\n    many:\n      - to: e.md\n',
    'toc:\n  - file: index.md\n\n  # Section\n  - folder: x\n    children:\n      - file: a.md\n    children: []\n    other: {}\nempty:\nnull: ~\n',
    '---\nk:\n- a\n- \'b\'\n- "c \\" \\\\ \\n"\nz: true\nn: -1.50\nh: 0x1F\ne: 1e3\ninf: -.inf\n',
    '# prelude\n\n# more\nproject: x\n',
    '---\na:\n  b:\n    c: 1\n    # deep\n  # mid\n# top\nd: # on key\n\n  # before nested\n  e: f\n',
    '---\ndup: 1\ndup: 2\n',
    // A sequence as the document ({contributors} blocks), with a comment before it and blank lines between items.
    '---\n- a\n', '# who\n- gh: elastic\n  name: Elastic\n\n- gh: github\n  name: GitHub # host\n', '- a\n- b: c\n  d: e\n-  f\n',
  ];
  for (const t of inSubset) {
    for (const options of [FRONT_MATTER, DOCSET]) assert.ok(assertSame(t, options, t), `fell back: ${JSON.stringify(t)}`);
  }
});

test('yamlFast: anything outside the subset falls back', () => {
  const outside = [
    '---\na: &x 1\nb: *x\n', '---\na: !tag x\n', '---\na: [1, 2]\n', '---\na: {b: c}\n', '---\na: |\n  text\n', '---\na: >\n  text\n',
    '---\na: multi\n  line\n', '---\na: "multi\n  line"\n', '---\na:\tb\n', '---\r\na: b\r\n', '---\n? a\n: b\n', '%YAML 1.2\n---\na: b\n',
    '---\na: b\n---\nc: d\n', '---\na: "\\x41"\n', '---\na: "\\u00e9"\n', '---\na: b: c\n', '---\n  a: b\n', '- a\nb: c\n', '- a\n  - b\n', '---\na:\n  -\n    b\n',
    '---\na: "x"y\n', '---\na: \'x\'#c\n', '---\n\uFEFFa: b\n', '---\n', '',
  ];
  // Nesting deep enough for the library's recursive composer to give up (RESOURCE_EXHAUSTION).
  outside.push(Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:\n`).join(''));
  for (const t of outside) assert.equal(parseDocumentFast(t, FRONT_MATTER), undefined, JSON.stringify(t).slice(0, 200));
  // Options other than the call sites' fall back too.
  assert.equal(parseDocumentFast('a: b\n', { uniqueKeys: true }), undefined);
  assert.equal(parseDocumentFast('a: b\n', {}), undefined);
});
