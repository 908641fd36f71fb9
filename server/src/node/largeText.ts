// Open documents for the Node server: the library's TextDocument, except that a text of over a million characters
// gets its edits applied in a reused buffer. Why: the library joins the text around an edit and reads it at once,
// so V8 flattens a new copy of the whole text on every keystroke. A copy of the 1.1 MB corpus page is 2.3 MB
// (two bytes a character), a new large-object allocation each time, and its ~560 fresh memory pages cost ~6 ms
// on this project's machines (a page fault each) — more than everything else a keystroke does. Decoded from a
// buffer instead, a text of over ~1M characters becomes a string whose characters live outside the JS heap
// (Node makes such an external string above 1,031,913 characters), in memory that malloc reuses: no fresh pages,
// and nothing for the garbage collector to copy. Below that size Node makes an ordinary string, so the library's
// way is kept there. The positions and line offsets behave exactly as the library's (largeText.test.ts).
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/** Node's threshold for external strings (string_bytes.cc `EXTERN_APEX`), rounded up: below it nothing is gained. */
export const LARGE_TEXT = 1_048_576;

/** Reused for every edit of every large document (the server handles one message at a time). */
let scratch = Buffer.alloc(0);

/** `text` with `[start, end)` replaced by `insert`, made through the scratch buffer (`wide`: some character is above U+00FF). */
export function spliceText(text: string, start: number, end: number, insert: string, wide: boolean): string {
  const encoding = wide ? 'utf16le' : 'latin1';
  const bytes = (text.length - (end - start) + insert.length) * (wide ? 2 : 1);
  if (scratch.length < bytes) scratch = Buffer.allocUnsafeSlow(Math.ceil(bytes * 1.25));
  let at = scratch.write(text.slice(0, start), 0, encoding);
  at += scratch.write(insert, at, encoding);
  at += scratch.write(text.slice(end), at, encoding);
  return scratch.toString(encoding, 0, at);
}

const WIDE = /[^\u0000-\u00ff]/;

function isEol(c: number): boolean {
  return c === 13 || c === 10;
}

/** Where each line after the first starts in `text` (offsets from `base`): after `\r\n`, `\r` or `\n`. */
function lineStartsIn(text: string, base: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      out.push(base + i + 1);
    }
  }
  return out;
}

/** The library's TextDocument for large texts (see the file's head): same positions, same line offsets. */
class LargeTextDocument implements TextDocument {
  private lineOffsets: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, public version: number, private content: string, private wide: boolean) {}

  get lineCount(): number {
    return this.offsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content;
    return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const offsets = this.offsets();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (offsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(offset, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = offsets[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.content.length;
    return this.beforeEol(Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = offsets[line];
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line < 0 || line >= offsets.length) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.content.length;
    return this.content.substring(this.beforeEol(next, offsets[line]), next);
  }

  /** Applies the changes in order, as the library does; the line offsets are kept up to date, not recomputed. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        this.content = change.text;
        this.wide = WIDE.test(change.text);
        this.lineOffsets = undefined;
        continue;
      }
      const range = ordered(change.range);
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      this.wide ||= WIDE.test(change.text);
      this.content = spliceText(this.content, start, end, change.text, this.wide);
      const insertedEnd = start + change.text.length;
      const text = this.content;
      if ((text.charCodeAt(start - 1) === 13 && text.charCodeAt(start) === 10) || (text.charCodeAt(insertedEnd - 1) === 13 && text.charCodeAt(insertedEnd) === 10)) {
        // A `\r\n` across the edit's border: its line offsets are not the inserted text's own.
        this.lineOffsets = undefined;
        continue;
      }
      const offsets = this.lineOffsets;
      if (!offsets) continue;
      const startLine = Math.max(range.start.line, 0);
      const endLine = Math.max(range.end.line, 0);
      const added = lineStartsIn(change.text, start);
      const diff = change.text.length - (end - start);
      if (added.length === endLine - startLine) {
        for (let i = 0; i < added.length; i++) offsets[startLine + 1 + i] = added[i];
      } else {
        // As the library's `splice` (positions past the end clamp to it).
        const at = Math.min(startLine + 1, offsets.length);
        const tail = offsets.slice(at + Math.min(endLine - startLine, offsets.length - at));
        offsets.length = at;
        for (const o of added) offsets.push(o);
        for (const o of tail) offsets.push(o);
      }
      if (diff !== 0) for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += diff;
    }
    this.version = version;
  }

  private offsets(): number[] {
    if (!this.lineOffsets) this.lineOffsets = [0, ...lineStartsIn(this.content, 0)];
    return this.lineOffsets;
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** TextDocuments' configuration that keeps texts of `threshold` characters or more the large way. */
export function largeTextDocuments(threshold: number): TextDocumentsConfiguration<TextDocument> {
  const create = (uri: string, languageId: string, version: number, content: string): TextDocument => {
    if (content.length < threshold) return TextDocument.create(uri, languageId, version, content);
    const wide = WIDE.test(content);
    return new LargeTextDocument(uri, languageId, version, spliceText(content, 0, 0, '', wide), wide);
  };
  return {
    create,
    update(doc, changes, version) {
      if (doc instanceof LargeTextDocument) {
        doc.update(changes, version);
        return doc;
      }
      const updated = TextDocument.update(doc, changes, version);
      const text = updated.getText();
      // Grown past the threshold: kept the large way from now on.
      return text.length < threshold ? updated : create(doc.uri, doc.languageId, version, text);
    },
  };
}

/** How the Node server keeps its open documents' texts. */
export const NODE_DOCUMENTS = largeTextDocuments(LARGE_TEXT);
