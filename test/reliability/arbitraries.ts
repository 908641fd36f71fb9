// fast-check generators: pages built from every construct docs-builder knows, plus hostile text.
import fc from 'fast-check';

const word = fc.constantFrom('ech', 'Elastic', 'stack', 'café', '🚀', 'a|b', '{x}', '`', '$$', '\\', 'é', '\t', '#', ':', '%', '[', ']', '(', ')', '<', '>', '{{', '}}', '\uD800', '\uDFFF', '😀', ' ', '\u2003', '\u000B');
const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));
const key = fc.constantFrom('ech', 'ECH', 'es', 'version.stack', 'nope', 'my key', 'x', 'a-b');
const mutation = fc.constantFrom('lc', 'uc', 'M.M', 'M+1', 'trim', 'bogus', 'kc');

const sub = fc.tuple(key, fc.array(mutation, { maxLength: 3 })).map(([k, ms]) => `{{${[k, ...ms].join(' | ')}}}`);
const anchor = fc.constantFrom('$$$field-limits$$$', '$$$a$$$', '$$name$$$', '$$$x$$');
const link = fc.tuple(text, fc.constantFrom('other.md', 'other.md#Some-Heading', '#here', '/abs/page.md', 'https://elastic.co', 'kibana://x.md', '', 'x.md#{{ech}}')).map(([t, u]) => `[${t}](${u})`);
const inline = fc.array(fc.oneof(text, sub, anchor, link, fc.constant('`code {{x}}`'), fc.constant('{subs}`{{ech}}`'), fc.constant('{applies_to}`stack: ga 9.1`')), { maxLength: 6 }).map((p) => p.join(' '));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), inline, fc.boolean()).map(([n, t, custom]) => `${'#'.repeat(n)} ${t}${custom ? ' [custom-id]' : ''}`);
const comment = fc.oneof(inline.map((t) => `% ${t}`), fc.constant('% - [ ] ./raw/a.md'), fc.constant('%      Notes: note'), fc.constant('%%x'), fc.constant('%text'), fc.constant('<!-- c -->'), fc.constant('<!--'), fc.constant('-->'));
const fence = fc.tuple(fc.integer({ min: 3, max: 6 }), fc.constantFrom('note', 'warning', 'tab-set', 'tab-item', 'foo', 'sidebar', 'stepper', 'step', 'image')).map(([n, d]) => `${':'.repeat(n)}{${d}} ${d === 'tab-item' ? 'Title' : ''}`);
const close = fc.integer({ min: 3, max: 6 }).map((n) => ':'.repeat(n));
const option = fc.constantFrom(':name: n1', ':open:', ':bogus: 1', ':applies_to: stack: ga');
const code = fc.tuple(fc.constantFrom('```', '````', '~~~', '```{applies_to}', '```bash subs=true'), inline).map(([f, t]) => `${f}\n${t}\n${f.replace(/\{.*|\s.*/, '').replace(/[a-z]+$/, '')}`);
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([cols, rows]) => {
  const row = (c: string) => `| ${Array.from({ length: cols }, () => c).join(' | ')} |`;
  return [row('H'), row('---'), ...Array.from({ length: rows }, (_, i) => row(i % 2 ? '✓ Managed' : '`a|b` {{ech}}'))].join('\n');
});
const frontMatter = fc.constantFrom('---\nsub:\n  foo: bar\napplies_to:\n  stack: ga 9.1\n---', '---\nbad: [\n---', '---\n- list\n---', '---\na: &a [*a]\n---', '---\nsub: 3\n---', '');

const block = fc.oneof(heading, comment, fence, close, option, code, table, inline, fc.constant(''), fc.constant('- item {{ech}}'), fc.constant('    indented'));

/** A whole page: optional front matter, then blocks, with LF or CRLF line ends. */
export const page = fc.tuple(frontMatter, fc.array(block, { maxLength: 25 }), fc.boolean()).map(([fm, blocks, crlf]) => {
  const t = [fm, ...blocks].join('\n');
  return crlf ? t.replace(/\n/g, '\r\n') : t;
});

/** An edit: replace [start, start+del) with an insertion, positions as fractions of the length. */
export const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 20 }), insert: fc.oneof(inline, block, fc.constant('\n'), fc.constant(':::'), fc.constant('```')) });
