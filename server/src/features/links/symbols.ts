// The outline: headings nested by level (each spanning its section), and inside them the directives (with their
// argument) and `$$$anchors$$$`, nested by where they sit. Built from the page model only.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Page, Span } from '../../model/types';
import type { FeatureContext } from '../types';

interface Item extends Span {
  name: string;
  detail?: string;
  kind: SymbolKind;
  selection: Span;
  children: Item[];
}

/** End of each heading's section: the next heading of the same or a higher level, or its enclosing directive's end. */
export function sectionEnds(page: Page): number[] {
  const { headings, directives } = page;
  return headings.map((h, i) => {
    let end = page.text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].level <= h.level) {
        end = headings[j].start;
        break;
      }
    }
    for (const d of directives) if (d.start < h.start && h.start < d.end) end = Math.min(end, d.end);
    // Trailing blank lines belong to no section.
    while (end > h.end && /\s/.test(page.text[end - 1])) end--;
    return end;
  });
}

/** Deeper nesting (thousands of nested directives) is flattened at this depth: no deep recursion, a usable outline. */
const MAX_DEPTH = 32;

function nest(items: Item[]): Item[] {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Item[] = [];
  const stack: Item[] = [];
  for (const it of items) {
    while (stack.length && !(stack[stack.length - 1].start <= it.start && it.end <= stack[stack.length - 1].end)) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(it);
    if (stack.length < MAX_DEPTH) stack.push(it);
  }
  return roots;
}

export function outline(page: Page): DocumentSymbol[] {
  const items: Item[] = [];
  const ends = sectionEnds(page);
  page.headings.forEach((h, i) => {
    items.push({ start: h.start, end: Math.max(h.end, ends[i]), name: h.title || h.raw || '(empty heading)', detail: h.level > 1 ? `#${h.id}` : undefined, kind: h.level === 1 ? SymbolKind.File : SymbolKind.String, selection: h, children: [] });
  });
  for (const d of page.directives) {
    const arg = d.argument.trim();
    items.push({ start: d.start, end: d.end, name: `{${d.name}}${arg ? ` ${arg}` : ''}`, kind: SymbolKind.Struct, selection: d.open, children: [] });
  }
  for (const a of page.anchors) {
    items.push({ start: a.start, end: a.end, name: `$$$${a.name}$$$`, detail: `#${a.id}`, kind: SymbolKind.Constant, selection: a, children: [] });
  }
  const L = page.lines;
  const toSymbol = (it: Item): DocumentSymbol => ({
    name: it.name, detail: it.detail, kind: it.kind, range: L.range(it.start, it.end), selectionRange: L.range(it.selection.start, Math.min(it.selection.end, it.end)),
    children: it.children.map(toSymbol),
  });
  return nest(items).map(toSymbol);
}

export function documentSymbols(ctx: FeatureContext): DocumentSymbol[] {
  return outline(ctx.page);
}
