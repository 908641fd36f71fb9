// Property test of the YAML fast path: for generated documents in and just outside its subset (block maps and
// sequences, one-line scalars of every core-schema type, quoted strings with escapes, blank and comment lines at any
// indent, trailing comments, empty values, `[]`/`{}`, duplicate keys), plus random damage (a character inserted, a line
// re-indented), parseDocumentFast either falls back (undefined) or builds a Document deep-equal to parseDocument's
// (every node, range, scalar type and format, comment, commentBefore, spaceBefore, error list, option). Bounded by
// PROPERTY_RUNS (default 150; ×10 here, each run is tiny).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { parseDocumentFast } from '../../server/src/model/yamlFast';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150) * 10;
const OPTIONS = [{ prettyErrors: false, uniqueKeys: false }, { uniqueKeys: false }];

const plain = fc.constantFrom(
  'x', 'Elastic Stack', 'ga 9.1', 'a:b', 'a#b', 'C#', 'https://e.co/x?a=b#c', '9.0', '9.10', '1', '-1', '+2', '0x1F', '0o17', '017', '1e3', '-.5',
  '.inf', '-.Inf', '.nan', '1_000', 'true', 'True', 'FALSE', 'yes', 'null', 'Null', 'NULL', '~', 'nul', 'a [b] {c}', 'a, b', '-x', '?x',
  ':x', 'café 🚀', '\u2028', "it's", 'say "hi"', '\\', '[]', '{}', '*', 'a*b', 'x&y', 'é', 'x ',
);
/** Outside the subset or the grammar: indicators, a value that is a key, a comment, a tab, more lines… */
const odd = fc.constantFrom('[x]', '{x}', 'stack: ga', 'a # b', '- x', '? x', ': x', '&a', '*a', '!t', '|', '>', '%x', '@x', '`x`', ',x', '#x', 'a:', 'a: ', ' x',
  'a\tb', '---', '...', '--- x', '[ ]', '{}x', '[a, b]', 'é: é', 'a\n b', 'a\n  b', "'unterminated", "'a'b", '"\\x41"', '"\\u00e9"', '"\\q"',
  '"unterminated', '"a"b', '"tab\there"', "'a\n b'", '"a\n b"');
const single = fc.constantFrom("'x'", "'it''s'", "''", "'a # b'", "'9.0'", "'a: b'", "' '", "'''a'''");
const double = fc.constantFrom('"x"', '"a \\" b"', '"\\\\"', '"\\n\\t\\/"', '""', '"a # b"', '" \\  "', '"\\0\\a\\e\\N\\_\\L\\P"');
const scalar = fc.oneof({ weight: 60, arbitrary: plain }, { weight: 12, arbitrary: single }, { weight: 12, arbitrary: double }, { weight: 1, arbitrary: odd });
const goodKey = fc.constantFrom('title', 'sub', 'applies_to', 'a', 'b', 'a-b', 'x.y', '9.0', 'true', 'null', '~', 'key with space', 'k:v', '-k', '?k', 'é', "'q'", '"q"', "'a: b'");
const keyText = fc.oneof({ weight: 20, arbitrary: goodKey }, { weight: 1, arbitrary: scalar });
const comment = fc.constantFrom('# c', '#', '#c', '# ── x ──', '#  two  ', '# a: b');
const trailing = fc.oneof({ weight: 30, arbitrary: fc.constant('') }, { weight: 8, arbitrary: comment.map((c) => ` ${c}`) }, { weight: 8, arbitrary: fc.constantFrom('  ', ' #', '  # x  ') }, { weight: 1, arbitrary: fc.constant('#c') });

type Tree = { kind: 'scalar'; text: string } | { kind: 'empty' } | { kind: 'map'; pairs: [string, Tree][] } | { kind: 'seq'; items: Tree[] };
const { tree, item } = fc.letrec<{ tree: Tree; item: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar.map((text): Tree => ({ kind: 'scalar', text })),
    fc.constant<Tree>({ kind: 'empty' }),
    fc.array(fc.tuple(keyText, tie('tree')), { minLength: 1, maxLength: 4 }).map((pairs): Tree => ({ kind: 'map', pairs })),
    fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((items): Tree => ({ kind: 'seq', items })),
  ),
  // Sequence items: mostly scalars and `- key: value` maps; a nested sequence or an empty item (a lone `-`) is rarer.
  item: fc.oneof({ weight: 8, arbitrary: tie('tree').filter((t) => t.kind === 'scalar' || t.kind === 'map') }, { weight: 1, arbitrary: tie('tree') }),
}));
/** Between lines: nothing, blank lines (maybe with spaces), or comment lines at any indent. */
const gap = fc.oneof({ weight: 5, arbitrary: fc.constant<string[]>([]) }, { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom('', '  ', ' '), fc.tuple(fc.integer({ min: 0, max: 8 }), comment).map(([n, c]) => ' '.repeat(n) + c)), { minLength: 1, maxLength: 3 }) });
const style = fc.record({ mapIndent: fc.integer({ min: 1, max: 4 }), seqIndent: fc.integer({ min: 0, max: 3 }), dashSpaces: fc.integer({ min: 1, max: 3 }) });

/** Renders a tree as block YAML; `rnd` picks gaps, trailing comments and indents. */
function render(t: Tree, rnd: { gap: () => string[]; trail: () => string; style: () => { mapIndent: number; seqIndent: number; dashSpaces: number } }): string {
  const out: string[] = [];
  const value = (v: Tree, ind: number, head: string, inSeq: boolean): void => {
    if (v.kind === 'scalar') out.push(`${head} ${v.text}${rnd.trail()}`);
    else if (v.kind === 'empty') out.push(`${head}${rnd.trail()}`);
    else {
      out.push(`${head}${rnd.trail()}`);
      const s = rnd.style();
      block(v, v.kind === 'map' ? ind + s.mapIndent : ind + (inSeq ? s.mapIndent : s.seqIndent));
    }
  };
  const block = (t: Tree, ind: number, compact = false): void => {
    const pad = ' '.repeat(ind);
    if (t.kind === 'map') {
      for (const [k, v] of t.pairs) {
        if (!compact || k !== t.pairs[0][0] || v !== t.pairs[0][1]) out.push(...rnd.gap());
        value(v, ind, `${pad}${k}:`, false);
      }
    } else if (t.kind === 'seq') {
      for (const item of t.items) {
        out.push(...rnd.gap());
        const d = ' '.repeat(rnd.style().dashSpaces);
        if (item.kind === 'map') { // compact `- key: value`, the rest of the map under the first key
          const first = out.length;
          block(item, ind + 1 + d.length, true);
          out[first] = `${pad}-${d}${out[first].slice(ind + 1 + d.length)}`;
        } else if (item.kind === 'scalar') out.push(`${pad}-${d}${item.text}${rnd.trail()}`);
        else value(item, ind, `${pad}-`, true);
      }
    } else out.push(`${pad}${t.kind === 'scalar' ? t.text : ''}`);
  };
  block(t, 0);
  out.push(...rnd.gap());
  return out.join('\n');
}

const documentText = fc.record({
  // The document is a map (front matter, docset files) or, less often, a sequence ({contributors} blocks).
  root: fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(keyText, tree), { minLength: 1, maxLength: 5 }).map((pairs): Tree => ({ kind: 'map', pairs })) },
    { weight: 1, arbitrary: fc.array(item, { minLength: 1, maxLength: 5 }).map((items): Tree => ({ kind: 'seq', items })) },
  ),
  seed: fc.array(fc.tuple(gap, trailing, style), { minLength: 1, maxLength: 40 }),
  marker: fc.constantFrom('---\n', '---\n', '--- \n', '--- # c\n', ''),
  end: fc.constantFrom('\n', '\n', ''),
  damage: fc.option(fc.record({ at: fc.noBias(fc.integer({ min: 0, max: 9999 })).map((n) => n / 10000), insert: fc.constantFrom(' ', '  ', '\t', '\r', '#', ':', '- ', '"', "'", '\n', '\n  ', '[', '&a ', '!t ', '|', '...\n', '---\n', '? ', '%', '\uFEFF') }), { freq: 6 }),
}).map(({ root, seed, marker, end, damage }) => {
  let i = 0;
  const pick = () => seed[i++ % seed.length];
  let text = marker + render(root, { gap: () => pick()[0], trail: () => pick()[1], style: () => pick()[2] }) + end;
  if (damage) {
    const at = Math.floor(damage.at * text.length);
    text = text.slice(0, at) + damage.insert + text.slice(at);
  }
  return text;
});

function same(text: string, counts: { fast: number; all: number }): void {
  for (const options of OPTIONS) {
    counts.all++;
    const fast = parseDocumentFast(text, options);
    if (fast === undefined) continue;
    counts.fast++;
    assert.deepStrictEqual(fast, parseDocument(text, options), JSON.stringify(text));
    assert.deepStrictEqual(fast.toJS(), parseDocument(text, options).toJS());
  }
}

test('yamlFast: generated block YAML (in and just outside the subset) parses to the same Document or falls back', () => {
  const counts = { fast: 0, all: 0 };
  fc.assert(fc.property(documentText, (text) => same(text, counts)), { numRuns: RUNS });
  // The generator must exercise the fast path, not only the fallback.
  assert.ok(counts.fast > counts.all / 10, `fast path taken ${counts.fast} of ${counts.all} times`);
});

test('yamlFast: random short texts over YAML punctuation never differ from parseDocument', () => {
  const counts = { fast: 0, all: 0 };
  const ch = fc.constantFrom('a', 'b', ' ', ' ', '\n', '\n', ':', ': ', '- ', '#', ' #', "'", '"', '\\', '[]', '{}', '9', '.', '~', '---', '\t');
  fc.assert(fc.property(fc.array(ch, { maxLength: 30 }).map((a) => a.join('')), (text) => same(text, counts)), { numRuns: RUNS });
});
