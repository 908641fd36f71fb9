// Copies of model records moved by `d` characters (an edit before them changed the text's length): what an
// incremental parse keeps of the previous version after the stretch it read again.
import type { BlockComment, CodeBlock, Directive, DirectiveOption, Heading, InlineAnchor, LineComment, Link, Mutation, NotAComment, Role, Span, SubUse, Table, TableCell } from './types';

export const sp = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The mutations of every moved use without any: one list, frozen (model lists are only read). */
const NO_MUTATIONS = Object.freeze([]) as unknown as Mutation[];

function option(o: DirectiveOption, d: number): DirectiveOption {
  return { ...o, start: o.start + d, end: o.end + d, keySpan: sp(o.keySpan, d), valueSpan: sp(o.valueSpan, d) };
}

export const move = {
  heading(h: Heading, d: number): Heading {
    // Written out in makeHeading's order (one object shape), not spread: cheaper on pages of thousands of headings.
    const m: Heading = { start: h.start + d, end: h.end + d, level: h.level, raw: h.raw, rawSpan: sp(h.rawSpan, d), title: h.title, id: h.id, setext: h.setext };
    if (h.customId) m.customId = sp(h.customId, d);
    return m;
  },
  link(l: Link, d: number): Link {
    // Written out in linkParts' order (its optional keys only when present), not spread: every link after an edit
    // of a large page moves at each keystroke. The path's span, when it is where the URL's is (no `#`), is the
    // URL's object (spans are never changed in place; an autolink's three are one already): of the 50,000 links of a
    // page typed in, each version keeps a fifth fewer objects.
    const urlSpan = sp(l.urlSpan, d);
    const m: Link = {
      start: l.start + d, end: l.end + d, image: l.image, text: l.text, textSpan: l.textSpan === l.urlSpan ? urlSpan : sp(l.textSpan, d), url: l.url, urlSpan,
      path: l.path, pathSpan: sameSpan(l.pathSpan, l.urlSpan) ? urlSpan : sp(l.pathSpan, d), context: l.context, autolink: l.autolink,
    };
    if ('title' in l) m.title = l.title;
    if ('fragment' in l) m.fragment = l.fragment;
    if (l.fragmentSpan) m.fragmentSpan = sp(l.fragmentSpan, d);
    if ('bare' in l) m.bare = l.bare;
    return m;
  },
  // Written out in matchSub's order, not spread: every use after an edit of a long paragraph moves at each keystroke.
  sub: (u: SubUse, d: number): SubUse => ({
    start: u.start + d, end: u.end + d, key: u.key, rawKey: u.rawKey, keySpan: sp(u.keySpan, d),
    mutations: u.mutations.length === 0 ? NO_MUTATIONS : u.mutations.map((m) => ({ name: m.name, span: sp(m.span, d) })), context: u.context,
  }),
  anchor: (a: InlineAnchor, d: number): InlineAnchor => ({ ...a, start: a.start + d, end: a.end + d, nameSpan: sp(a.nameSpan, d) }),
  role: (x: Role, d: number): Role => ({ ...x, start: x.start + d, end: x.end + d, nameSpan: sp(x.nameSpan, d), contentSpan: sp(x.contentSpan, d) }),
  table(t: Table, d: number): Table {
    const cell = (c: TableCell) => ({ start: c.start + d, end: c.end + d, text: c.text });
    return { start: t.start + d, end: t.end + d, header: t.header.map(cell), delimiter: sp(t.delimiter, d), rows: t.rows.map((r) => r.map(cell)), rowSpans: t.rowSpans.map((s) => sp(s, d)) };
  },
  /** `dd`: how many more directives precede it now (its parent's index moves by as much). */
  directive(x: Directive, d: number, dd: number): Directive {
    const m: Directive = {
      ...x, start: x.start + d, end: x.end + d, nameSpan: sp(x.nameSpan, d), argumentSpan: sp(x.argumentSpan, d), open: sp(x.open, d),
      options: x.options.map((o) => option(o, d)), body: sp(x.body, d), parent: x.parent === undefined ? undefined : x.parent + dd,
    };
    if (x.close) m.close = sp(x.close, d);
    return m;
  },
  // Written out in codeBlock's order (fences.ts: every key always set), not spread.
  code: (c: CodeBlock, d: number): CodeBlock => ({
    start: c.start + d, end: c.end + d, fenceChar: c.fenceChar, fenceLength: c.fenceLength, lang: c.lang, args: c.args, directive: c.directive,
    open: sp(c.open, d), content: sp(c.content, d), closed: c.closed, subs: c.subs,
  }),
  comment: (c: LineComment, d: number): LineComment => ({ ...c, start: c.start + d, end: c.end + d, textSpan: sp(c.textSpan, d) }),
  blockComment: (c: BlockComment, d: number): BlockComment => ({ ...c, start: c.start + d, end: c.end + d }),
  notComment: (c: NotAComment, d: number): NotAComment => ({ ...c, start: c.start + d, end: c.end + d }),
};
