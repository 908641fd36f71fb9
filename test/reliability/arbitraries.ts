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

/**
 * A page around one long paragraph (64 lines or more: read again only around an edit, model/unitWindow.ts), its lines
 * made of what can reach across lines (brackets, links and titles over several lines, unmatched `[`) and what cannot;
 * rarely a `\` or a backtick (such a paragraph is read whole).
 */
const longLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('plain words here', 'Line uses {{ech}} and [a link](other.md).', 'see [x](#here) and {{nope | lc}}', '$$$field-limits$$$', 'an anchor $$$a$$$ inline', '<https://elastic.co/x> and https://www.elastic.co/guide.') },
  { weight: 2, arbitrary: fc.constantFrom('[a link that\ngoes on](other.md) here', '[x](other.md "a title\nthat ends") here', '[x](\nother.md) and [y]\n(z.md)', 'a [b\nc\nd](e.md) f', '[x](y.md "t\nu\nv")', '[x](y.md "t {{ech}}\nu $$$b$$$ https://elastic.co/q\nv")', '[a\nb](c.md "{{x}}\n[d](e.md)")') },
  { weight: 1, arbitrary: fc.constantFrom('[a link that', 'goes on](other.md) here', '[x](other.md "a title', 'that ends") here', '[not closed', 'closes]', '](other.md)', '{{', '}}', '[', ']', '(', ')', '"', 'x](y.md', '![img](i.png)') },
);
const rareLine = fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('with \\[escaped', 'a `code [span` here', '`', '\\') });
export const longParagraphPage = fc.tuple(fc.array(longLine, { minLength: 130, maxLength: 200 }), rareLine, fc.boolean()).map(([lines, rare, crlf]) => {
  const body: string[] = [...lines];
  if (rare !== null) body.splice(body.length >> 1, 0, rare);
  const t = ['# Title', '', 'Before.', '', ...body, '', 'After [x](other.md).', ''].join('\n');
  return crlf ? t.replace(/\n/g, '\r\n') : t;
});

/** Keystrokes and small pastes inside a long paragraph: what opens or closes a construct, or splits the paragraph. */
export const longParagraphEdit = fc.record({
  at: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
  del: fc.integer({ min: 0, max: 4 }),
  insert: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('x', ' ', '[', ']', '(', ')', '](a.md)', '[b](', '{{', '}}', '{{ech}}', '$$$', '$$$n$$$', '"', '<', '>', '<https://a.co>', 'https://elastic.co/a ',
      '*', '_', '<b>', '\n', '\n\n', '\n# ', '\n```\n', '\n- ', '\n> ', '\n:::{note}\n', '\n% c\n', '| a |', '!', '![', '\r\n') },
    { weight: 1, arbitrary: fc.constantFrom('`', '``', '\\', '\\[') },
  ),
});
