// A fast path for the plain YAML of front matter and docset files: block maps and sequences (the document itself may
// be either) of one-line plain or
// quoted scalars, blank lines and `#` comments. It builds the very Document the `yaml` library's parseDocument would
// (same node classes, ranges, scalar types, comments, spaceBefore), by mirroring how the library's parser places
// comment and newline tokens and how its composer reads them. Anything else (anchors, tags, flow collections, block
// scalars, multi-line scalars, tabs, CR, directives, odd indentation, escapes it does not know…) returns undefined, and
// the caller uses parseDocument. test/model/yamlFast*.test.ts prove the two equal on the corpus and on generated YAML.
import { Document, isScalar, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type ParseOptions } from 'yaml';
// The library's bindings read once: a bundler turns each use of an import into a getter call.
const SCALAR = Scalar;
const MAP = YAMLMap;
const SEQ = YAMLSeq;
const PAIR = Pair;
const IS_SCALAR = isScalar;
const PLAIN = Scalar.PLAIN;
const QUOTE_DOUBLE = Scalar.QUOTE_DOUBLE;
const QUOTE_SINGLE = Scalar.QUOTE_SINGLE;

/** A trivia or indicator token: 0 space, 1 comment, 2 newline, 3 indicator (`:`, `-`, `---`); `i` a comment's indent. */
interface Tok { k: 0 | 1 | 2 | 3; o: number; e: number; i: number }
const SP = 0, CMT = 1, NL = 2, IND = 3;

/** A value scalar whose end tokens may still grow (indented comment lines join them). */
interface Pending { vs: number; ve: number; type: Type; src: string; end: Tok[]; props: Tok[] | null; pair: Pair | null }

interface Frame {
  seq: boolean;
  indent: number;
  node: YAMLMap | YAMLSeq;
  start: number;
  offset: number; // end of the last item so far (the composer's running offset)
  pend: Pending | null; // the last item's value, a scalar not built yet
  pair: Pair | null; // map: the last pair
  sep: Tok[] | null; // map: tokens from `:` while the value is empty, or is the frame above
  item: Tok[] | null; // seq: start tokens of the item whose value is the frame above
  trail: Tok[] | null; // blank and comment lines after the last value (the parser's trivia-only item)
}

type Options = ParseOptions & DocumentOptions;
/** A scalar's type, or an empty flow collection `[]` / `{}`. */
type Type = Scalar.Type | '[]' | '{}';
type Directives = NonNullable<Document['directives']>;
let DirectivesClass: (new (yaml: { version: '1.2' }) => Directives) | undefined;
const FALLBACK = new Error('yaml fast path: fall back');

/** parseDocument(text, options) for the subset, or undefined. Options: only `prettyErrors` and `uniqueKeys: false`. */
export function parseDocumentFast(text: string, options: Options = {}): Document.Parsed | undefined {
  for (const k of Object.keys(options)) if (k !== 'prettyErrors' && k !== 'uniqueKeys') return undefined;
  if (options.uniqueKeys !== false || /[\t\r\uFEFF]/.test(text)) return undefined;
  try {
    return new FastParser(text, options).run();
  } catch (e) {
    if (e === FALLBACK) return undefined;
    throw e;
  }
}

/** parseDocument(text, options), through the fast path when the text is in its subset. */
export function parseYamlDocument(text: string, options: Options): Document.Parsed {
  return parseDocumentFast(text, options) ?? parseDocument(text, options);
}

const fail = (): never => { throw FALLBACK; };
const ESC: Record<string, string> = { 0: '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };

class FastParser {
  private readonly doc: Document;
  private readonly frames: Frame[] = [];
  private root: YAMLMap | YAMLSeq | undefined;
  private docEnd: Tok[] = [];
  private le = 0; // end of the current line
  constructor(private readonly text: string, options: Options) {
    DirectivesClass ??= (new Document().directives as Directives).constructor as new (yaml: { version: '1.2' }) => Directives;
    this.doc = new Document(undefined, Object.assign({ _directives: new DirectivesClass({ version: '1.2' }) }, options));
  }

  /** The lexer's isEmpty: a space, the end of the line or of the text. */
  private empty(j: number): boolean {
    return j >= this.le || this.text.charCodeAt(j) === 32;
  }

  run(): Document.Parsed {
    const { text, doc, frames } = this;
    const n = text.length;
    let pos = 0;
    const head: Tok[] = []; // after `---` (the document's start tokens) or before the content (the stream's prelude)
    const marker = text.startsWith('---') && (n === 3 || text[3] === ' ' || text[3] === '\n');
    if (marker) { // `---`, maybe a comment (a value on this line falls back)
      const le = text.indexOf('\n');
      this.le = le < 0 ? n : le;
      head.push({ k: IND, o: 0, e: 3, i: 0 }, ...this.lineEnd(3));
      pos = Math.min(n, this.le + 1);
    }
    let docOffset = marker ? 0 : -1;
    while (pos < n) {
      let le = text.indexOf('\n', pos);
      if (le < 0) le = n;
      this.le = le;
      const next = le < n ? le + 1 : n;
      let i = pos;
      while (text.charCodeAt(i) === 32) i++;
      const c = text.charCodeAt(i);
      if (i === le || c === 35 /* # */) {
        const toks: Tok[] = [];
        if (i > pos) toks.push({ k: SP, o: pos, e: i, i: 0 });
        if (i < le) toks.push({ k: CMT, o: i, e: le, i: i - pos });
        if (le < n) toks.push({ k: NL, o: le, e: next, i: 0 });
        if (frames.length === 0) head.push(...toks);
        else this.trivia(toks, i < le ? i - pos : -1);
      } else {
        if ((c === 45 || c === 46) && i === pos && (text.startsWith('---', i) || text.startsWith('...', i)) && this.empty(i + 3)) fail();
        if (docOffset < 0) docOffset = pos;
        this.content(pos, i);
      }
      pos = next;
    }
    while (frames.length > 0) this.pop();
    const root = this.root ?? fail();
    if (marker) {
      doc.directives!.docStart = true;
      const p = this.props(head, true, false, 0);
      if (p.spaceBefore) root.spaceBefore = true;
      if (p.comment) root.commentBefore = p.comment;
    }
    doc.contents = root;
    const contentEnd = root.range![2];
    const re = this.endOf(this.docEnd, contentEnd);
    if (re.comment) doc.comment = re.comment;
    doc.range = [docOffset, contentEnd, re.end];
    if (!marker) this.prelude(head, root);
    return doc as Document.Parsed;
  }

  /** A blank or comment line (`indent` -1 for blank) goes to the innermost collection, as the library's parser does. */
  private trivia(toks: Tok[], indent: number): void {
    const f = this.frames[this.frames.length - 1];
    if (f.sep) f.sep.push(...toks);
    else if (!f.pend) fail();
    else if (indent > f.indent && (!f.trail || f.trail.every((t) => t.k !== CMT))) {
      if (f.trail) f.pend.end.push(...f.trail);
      f.pend.end.push(...toks);
      f.trail = null;
    } else (f.trail ??= []).push(...toks);
  }

  private content(ls: number, i: number): void {
    const { text, frames } = this;
    const k = i - ls;
    const dash = text.charCodeAt(i) === 45 && this.empty(i + 1);
    // The line's indentation reaches the innermost collection before anything closes (the parser's `space` token).
    if (i > ls && frames.length > 0) this.trivia([{ k: SP, o: ls, e: i, i: 0 }], -1);
    for (;;) {
      const f = frames[frames.length - 1];
      if (!f) {
        // Only the first content line opens the document's collection: anything after it at its indent is its own.
        if (k !== 0 || this.root) fail();
        if (dash) { // a sequence as the document (`- name: x` lists: {contributors} blocks)
          frames.push(this.frame(true, 0, new SEQ(this.doc.schema), i));
          return this.dashItem(frames[0], ls, i);
        }
        const map = new MAP(this.doc.schema);
        frames.push(this.frame(false, 0, map, i));
        return this.key(frames[0], i, []);
      }
      if (f.seq) {
        if (dash && k === f.indent) return this.dashItem(f, ls, i);
        if (k > f.indent) fail();
      } else if ((k > f.indent || (k === f.indent && dash)) && f.sep) { // a collection as the value of `key:`
        const node = dash ? new SEQ(this.doc.schema) : new MAP(this.doc.schema);
        const c = this.frame(dash, k, node, i);
        frames.push(c);
        return dash ? this.dashItem(c, ls, i) : this.key(c, i, []);
      } else if (k === f.indent && !dash) {
        let start: Tok[] = [];
        if (f.sep) { // empty value: newline-separated trivia goes to the next key, as in the parser
          const nl: number[] = [];
          f.sep.forEach((t, j) => { if (t.k === NL) nl.push(j); else if (t.k === IND || (t.k === CMT && t.i > f.indent)) nl.length = 0; });
          if (nl.length >= 2) start = f.sep.splice(nl[1]);
        } else if (f.trail) { start = f.trail; f.trail = null; }
        this.finish(f);
        return this.key(f, i, start);
      } else if (k >= f.indent) fail();
      this.pop();
    }
  }

  private frame(seq: boolean, indent: number, node: YAMLMap | YAMLSeq, start: number): Frame {
    if (this.frames.length >= 64) fail(); // the library's composer recurses, and reports deep nesting as an error
    return { seq, indent, node, start, offset: start, pend: null, pair: null, sep: null, item: null, trail: null };
  }

  /** `- value` or `- key: value` at `i` in the sequence frame `f`. */
  private dashItem(f: Frame, ls: number, i: number): void {
    const { text } = this;
    const start = f.trail ?? [];
    f.trail = null;
    this.finish(f);
    start.push({ k: IND, o: i, e: i + 1, i: 0 });
    let j = i + 1;
    while (text.charCodeAt(j) === 32) j++;
    if (j > i + 1) start.push({ k: SP, o: i + 1, e: j, i: 0 });
    if (j >= this.le) fail();
    const s = this.scalar(j);
    if (this.colon(s.ve) >= 0) {
      f.item = start;
      const c = this.frame(false, j - ls, new MAP(this.doc.schema), j);
      this.frames.push(c);
      return this.key(c, j, []);
    }
    f.pend = { vs: j, ve: s.ve, type: s.type, src: s.src, end: this.lineEnd(s.ve), props: start, pair: null };
  }

  /** `key: value`, `key:` at `p` in the map frame `f`; `start` the key's leading trivia. */
  private key(f: Frame, p: number, start: Tok[]): void {
    const { text } = this;
    const s = this.scalar(p);
    const q = this.colon(s.ve);
    if (q < 0 || s.type === '[]' || s.type === '{}') fail();
    if ((start.length > 0 ? start[start.length - 1].e : f.offset) < q - 1000) fail(); // the library's 1024-char key limit
    const key = this.build(s.type, s.src, p, s.ve, s.ve, true) as Scalar;
    const kp = this.props(start, true, false, p);
    if (kp.spaceBefore) key.spaceBefore = true;
    if (kp.comment) key.commentBefore = kp.comment;
    f.pair = new PAIR(key, null);
    (f.node as YAMLMap).items.push(f.pair);
    let r = q + 1;
    while (text.charCodeAt(r) === 32) r++;
    if (r === this.le || text.charCodeAt(r) === 35) {
      f.sep = [{ k: IND, o: q, e: q + 1, i: 0 }, ...this.lineEnd(q + 1, f.indent)]; // (spaces before `:` do not matter)
      return;
    }
    const v = this.scalar(r);
    f.pend = { vs: r, ve: v.ve, type: v.type, src: v.src, end: this.lineEnd(v.ve), props: null, pair: f.pair };
  }

  /** The `:` of an implicit key ending at `ve` (spaces may come before it), or -1. */
  private colon(ve: number): number {
    let j = ve;
    while (this.text.charCodeAt(j) === 32) j++;
    return j < this.le && this.text.charCodeAt(j) === 58 && this.empty(j + 1) ? j : -1;
  }

  /** The tokens after a value (or after `:`) at `p` to the end of the line: spaces, a comment, the newline. */
  private lineEnd(p: number, indent = 0): Tok[] {
    const { text, le } = this;
    const toks: Tok[] = [];
    let j = p;
    while (text.charCodeAt(j) === 32) j++;
    if (j > p) toks.push({ k: SP, o: p, e: j, i: 0 });
    if (j < le) {
      if (text.charCodeAt(j) !== 35 || j === p) fail();
      toks.push({ k: CMT, o: j, e: le, i: indent });
    }
    if (le < text.length) toks.push({ k: NL, o: le, e: le + 1, i: 0 });
    return toks;
  }

  /** A one-line scalar at `p`: its type, value and end (a plain scalar stops before ` #`, `: ` and trailing spaces). */
  private scalar(p: number): { type: Type; src: string; ve: number } {
    const { text, le } = this;
    const c = text[p];
    if ((c === '[' && text[p + 1] === ']') || (c === '{' && text[p + 1] === '}')) return { type: c === '[' ? '[]' : '{}', src: '', ve: p + 2 };
    if (c === "'") {
      let j = p + 1;
      for (;;) {
        const q = text.indexOf("'", j);
        if (q < 0 || q >= le) fail();
        if (text.charCodeAt(q + 1) !== 39) {
          const raw = text.slice(p + 1, q);
          return { type: QUOTE_SINGLE, src: j > p + 1 ? raw.replace(/''/g, "'") : raw, ve: q + 1 };
        }
        j = q + 2;
      }
    }
    if (c === '"') {
      let src = '';
      let from = p + 1;
      for (let j = p + 1; j < le; j++) {
        const ch = text.charCodeAt(j);
        if (ch === 34) return { type: QUOTE_DOUBLE, src: src + text.slice(from, j), ve: j + 1 };
        if (ch === 92) {
          const e = ESC[text[j + 1]];
          if (e === undefined || j + 1 >= le) fail();
          src += text.slice(from, j) + e;
          from = ++j + 1;
        }
      }
      fail();
    }
    if (',[]{}#&*!|>\'"%@`'.includes(c) || ('-?:'.includes(c) && this.empty(p + 1))) fail();
    let end = p + 1;
    for (let j = p + 1; j < le; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 32) {
        if (text.charCodeAt(j + 1) === 35) break;
      } else if (ch === 58 && this.empty(j + 1)) break;
      else end = j + 1;
    }
    return { type: PLAIN, src: text.slice(p, end), ve: end };
  }

  /** A scalar node as the composer makes it: core-schema resolution of plain scalars with the document's own tags. */
  private build(type: Type, src: string, vs: number, ve: number, end: number, atKey: boolean): Scalar | YAMLMap | YAMLSeq {
    if (type === '[]' || type === '{}') {
      const coll = type === '[]' ? new SEQ(this.doc.schema) : new MAP(this.doc.schema);
      coll.flow = true;
      coll.range = [vs, ve, end];
      return coll;
    }
    let node: Scalar;
    let format: string | undefined;
    if (type === PLAIN) {
      const tag = this.doc.schema.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && !t.collection && t.test?.test(src));
      if (tag && !tag.collection) {
        const res = tag.resolve(src, fail, this.doc.options);
        node = IS_SCALAR(res) ? res : new SCALAR(res);
        format = tag.format;
      } else node = new SCALAR(src);
    } else node = new SCALAR(src);
    node.range = [vs, ve, end];
    node.source = src;
    node.type = type;
    if (format) node.format = format;
    return node;
  }

  /** Builds the last item's pending value: a scalar, or the empty scalar of `key:` with nothing nested. */
  private finish(f: Frame): void {
    const p = f.pend;
    if (p) {
      const re = this.endOf(p.end, p.ve);
      const node = this.build(p.type, p.src, p.vs, p.ve, re.end, false);
      if (re.comment) node.comment = re.comment;
      if (p.props) this.decorate(node, p.props, true);
      if (p.pair) p.pair.value = node;
      else (f.node as YAMLSeq).items.push(node);
      f.offset = re.end;
      f.pend = null;
    } else if (f.sep) {
      const sep = f.sep;
      const at = sep.length > 1 && sep[1].k === SP ? sep[1].e : sep[0].e;
      const node = this.build(PLAIN, '', at, at, at, false) as Scalar;
      const vp = this.props(sep, false, false, at);
      if (vp.spaceBefore) node.spaceBefore = true;
      if (vp.comment) {
        node.comment = vp.comment;
        node.range![2] = vp.end;
      }
      f.pair!.value = node;
      f.offset = node.range![2];
      f.sep = null;
    }
  }

  /** Closes the innermost collection; its trailing trivia moves up unless a comment in it is indented as deep. */
  private pop(): void {
    const f = this.frames.pop()!;
    this.finish(f);
    const parent = this.frames[this.frames.length - 1];
    let comment = '';
    let commentEnd = f.offset;
    const trail = f.trail;
    const moves = trail !== null && (f.indent === 0 || trail.every((t) => t.k !== CMT || t.i < f.indent));
    if (trail && !moves) {
      const p = this.props(trail, true, f.seq, f.offset);
      comment = p.comment;
      commentEnd = p.end;
    }
    const node = f.node;
    node.range = [f.start, f.offset, commentEnd];
    if (comment) node.comment = comment;
    if (!parent) {
      this.root = node;
      if (moves) this.docEnd = trail!;
      return;
    }
    if (parent.seq) {
      this.decorate(node, parent.item!, true);
      (parent.node as YAMLSeq).items.push(node);
    } else {
      this.decorate(node, parent.sep!, false);
      parent.pair!.value = node;
    }
    parent.offset = commentEnd;
    parent.sep = parent.item = null;
    if (moves) parent.trail = trail;
  }

  /** spaceBefore / commentBefore from a node's leading tokens (a seq item's start, or a pair's `:` and after). */
  private decorate(node: Scalar | YAMLMap | YAMLSeq, toks: Tok[], seqItem: boolean): void {
    const p = this.props(toks, seqItem, seqItem, 0);
    if (p.spaceBefore) node.spaceBefore = true;
    if (p.comment) node.commentBefore = p.comment;
  }

  /** The library's resolveProps, for trivia and indicator tokens. */
  private props(toks: Tok[], startOnNewline: boolean, seqItem: boolean, offset: number): { spaceBefore: boolean; comment: string; end: number } {
    let spaceBefore = false, atNewline = startOnNewline, found = false;
    let comment = '', commentSep = '';
    for (const t of toks) {
      if (t.k === CMT) {
        const cb = this.text.slice(t.o + 1, t.e) || ' ';
        comment = comment ? comment + commentSep + cb : cb;
        commentSep = '';
        atNewline = false;
      } else if (t.k === NL) {
        if (!atNewline) commentSep += '\n';
        else if (comment) comment += '\n';
        else if (!found || !seqItem) spaceBefore = true;
        atNewline = true;
      } else if (t.k === IND) {
        found = true;
        atNewline = seqItem;
      }
    }
    return { spaceBefore, comment, end: toks.length > 0 ? toks[toks.length - 1].e : offset };
  }

  /** The library's resolveEnd: a node's trailing comment and end. */
  private endOf(toks: Tok[], offset: number): { comment: string; end: number } {
    let comment = '', sep = '';
    for (const t of toks) {
      if (t.k === CMT) {
        const cb = this.text.slice(t.o + 1, t.e) || ' ';
        comment = comment ? comment + sep + cb : cb;
        sep = '';
      } else if (t.k === NL && comment) sep += '\n';
    }
    return { comment, end: toks.length > 0 ? toks[toks.length - 1].e : offset };
  }

  /** The composer's prelude: comment lines before a document without `---`. */
  private prelude(toks: Tok[], root: YAMLMap | YAMLSeq): void {
    let comment = '', atComment = false, afterEmptyLine = false;
    for (const t of toks) {
      if (t.k === CMT) {
        comment += (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') + (this.text.slice(t.o + 1, t.e) || ' ');
        atComment = true;
        afterEmptyLine = false;
      } else if (t.k === NL) {
        if (!atComment) afterEmptyLine = true;
        atComment = false;
      }
    }
    if (!comment) return;
    if (afterEmptyLine) this.doc.commentBefore = comment;
    else {
      // The first item's key (a map) or the first item (a sequence), as the composer does.
      const first = root.items[0];
      const it = (first instanceof PAIR ? first.key : first) as Scalar | YAMLMap | YAMLSeq;
      it.commentBefore = it.commentBefore ? `${comment}\n${it.commentBefore}` : comment;
    }
  }
}
