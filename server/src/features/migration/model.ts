// The migration blocks of a page, derived from the page model (its `%` comments, checklist items and links):
// the metadata lines (`What needs to be done:`, `GitHub issue:`, `Scope notes:`, `% TODO…`), the "working to
// combine content … from the following pages" lists, and the checklists of raw pages to fold in. docs-builder
// gives these comments no meaning (spec §4.1); this is the authors' convention, read leniently.
import { PerObject } from '../../model/perObject';
import type { ChecklistItem, InlineAnchor, LineComment, Link, Page, Span } from '../../model/types';

export type MetaKind = 'what' | 'issue' | 'scope' | 'todo';

export interface MigrationMeta extends Span {
  kind: MetaKind;
  /** Text after the label (after `TODO` for todos), trimmed. */
  value: string;
  valueSpan: Span;
  /** Span of the comment's text (after `% `). */
  textSpan: Span;
}

export interface SourceListEntry extends Span {
  /** The link's URL (or the bullet's text when it has no link). */
  path: string;
  pathSpan: Span;
}

export interface SourceList extends Span {
  /** The "… from the following pages:" line. */
  intro: Span;
  entries: SourceListEntry[];
}

export interface MigrationItem {
  item: ChecklistItem;
  /** 0-based line of the `% - [ ]` line. */
  line: number;
  /** The notes joined with spaces, without a leading `Notes:` label. */
  notes: string;
  /** The migrated page the item names: the link's URL when the item is a link, else the text when it looks like a path. */
  source?: { path: string; span: Span };
}

export interface Checklist extends Span {
  items: MigrationItem[];
  done: number;
}

export interface MigrationBlock extends Span {
  meta: MigrationMeta[];
  sourceLists: SourceList[];
  checklists: Checklist[];
}

export interface PageMigration {
  blocks: MigrationBlock[];
  items: MigrationItem[];
  checklists: Checklist[];
  todos: MigrationMeta[];
  /** Legacy `$$$anchors$$$` alone on their lines, outside comments: anchors still to place. */
  anchors: InlineAnchor[];
}

const META: [MetaKind, RegExp][] = [
  ['what', /^what\s+needs\s+to\s+be\s+done\s*:\s*/i],
  ['issue', /^git\s*hub\s+issues?\s*:\s*/i],
  ['scope', /^scope\s+notes?\s*:\s*/i],
  ['todo', /^todo\b[\s:.-]*/i],
];
const LIST_INTRO = /combine\s+content|from\s+the\s+following\s+pages/i;
const BULLET = /^[-*+][ \t]+\S/;
const NOTES_LABEL = /^notes?\s*:\s*/i;
/** An item's text that names a file: one word with a `/` or a `.md` ending. */
const PATH_LIKE = /^\S+$/;

const cache = new PerObject<Page, PageMigration>('migration');

/** The page's migration blocks (cached per page model). */
export function pageMigration(page: Page): PageMigration {
  let m = cache.get(page);
  if (!m) {
    m = buildMigration(page);
    cache.set(page, m);
  }
  return m;
}

/** Notes lines as one string, without the `Notes:` label of the first line. */
export function noteText(notes: readonly string[]): string {
  return notes.map((n, i) => (i === 0 ? n.replace(NOTES_LABEL, '') : n).trim()).filter(Boolean).join(' ');
}

function meta(c: LineComment): MigrationMeta | undefined {
  for (const [kind, re] of META) {
    const m = re.exec(c.text);
    if (!m) continue;
    const value = c.text.slice(m[0].length).trim();
    const vs = c.textSpan.start + m[0].length;
    return { kind, value, valueSpan: { start: vs, end: vs + value.length }, textSpan: c.textSpan, start: c.start, end: c.end };
  }
  return undefined;
}

/** The first non-image link inside `span` (page.links is sorted by start: binary search, so pages with many items stay linear). */
function linkIn(page: Page, span: Span): Link | undefined {
  const links = page.links;
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < links.length && links[i].start < span.end; i++) if (links[i].end <= span.end && !links[i].image && !links[i].bare) return links[i];
  return undefined;
}

function itemOf(page: Page, item: ChecklistItem): MigrationItem {
  const link = linkIn(page, item.pathSpan);
  let source: MigrationItem['source'];
  if (link && link.path) source = { path: link.path, span: link.pathSpan };
  else if (item.path && PATH_LIKE.test(item.path) && (item.path.includes('/') || /\.md$/i.test(item.path))) source = { path: item.path, span: item.pathSpan };
  return { item, line: page.lines.lineAt(item.start), notes: noteText(item.notes), source };
}

function buildMigration(page: Page): PageMigration {
  const { text, comments } = page;
  const itemAt = new Map(page.checklist.map((i) => [i.start, i]));
  const blocks: MigrationBlock[] = [];
  let block: MigrationBlock | undefined;
  let checklist: Checklist | undefined;
  let list: SourceList | undefined;
  let noteEnd = -1; // end of the current item's notes: comments before it belong to the item
  let prevEnd = -1;

  const closeBlock = () => {
    if (block && (block.meta.length || block.sourceLists.length || block.checklists.length)) blocks.push(block);
    block = undefined;
    checklist = undefined;
    list = undefined;
  };

  for (const c of comments) {
    // Comments separated only by blank lines make one block.
    if (block && text.slice(prevEnd, c.start).trim() !== '') closeBlock();
    if (!block) block = { start: c.start, end: c.end, meta: [], sourceLists: [], checklists: [] };
    block.end = c.end;
    prevEnd = c.end;
    const item = itemAt.get(c.start);
    if (item) {
      list = undefined;
      const mi = itemOf(page, item);
      if (!checklist) {
        checklist = { start: item.start, end: item.end, items: [], done: 0 };
        block.checklists.push(checklist);
      }
      checklist.items.push(mi);
      checklist.end = item.end;
      if (item.checked) checklist.done++;
      noteEnd = item.end;
      continue;
    }
    if (c.start < noteEnd || c.text === '') continue; // an item's notes, or an empty `%` line
    checklist = undefined;
    const m = meta(c);
    if (m) {
      list = undefined;
      block.meta.push(m);
      continue;
    }
    if (LIST_INTRO.test(c.text)) {
      list = { start: c.start, end: c.end, intro: { start: c.start, end: c.end }, entries: [] };
      block.sourceLists.push(list);
      continue;
    }
    if (list && BULLET.test(c.text)) {
      const body = { start: c.textSpan.start + 1, end: c.textSpan.end };
      const link = linkIn(page, body);
      const lead = text.slice(body.start, body.end).length - text.slice(body.start, body.end).trimStart().length;
      const pathSpan = link ? link.pathSpan : { start: body.start + lead, end: body.end };
      list.entries.push({ start: c.start, end: c.end, path: link ? link.path : text.slice(pathSpan.start, pathSpan.end), pathSpan });
      list.end = c.end;
      continue;
    }
    list = undefined;
  }
  closeBlock();

  const checklists = blocks.flatMap((b) => b.checklists);
  return {
    blocks,
    checklists,
    items: checklists.flatMap((cl) => cl.items),
    todos: blocks.flatMap((b) => b.meta.filter((m) => m.kind === 'todo')),
    anchors: page.anchors.filter((a) => a.standalone && a.context === 'text'),
  };
}

/** The block holding `offset`, if any. */
export function blockAt(pm: PageMigration, offset: number): MigrationBlock | undefined {
  return pm.blocks.find((b) => b.start <= offset && offset <= b.end);
}

/** The item whose lines (the `% - [ ]` line and its notes) hold `offset`. */
export function itemAt(pm: PageMigration, offset: number): MigrationItem | undefined {
  return pm.items.find((i) => i.item.start <= offset && offset <= i.item.end);
}
