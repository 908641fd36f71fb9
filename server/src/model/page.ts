// parsePage: text in, the one page model out. The block parser finds the structure (blocks.ts); the inline layer
// reads each paragraph and heading text (units.ts). With a PageCache, a new version of a document is parsed from
// the previous one: only the stretch an edit touched is parsed and read again (pageEdit.ts), the rest is kept or
// moved — the same model as a fresh parse.
import { rescanBlocks, unitsBetween } from './blockEdit';
import { scanBlocks, type Blocks } from './blocks';
import { parseFrontMatter } from './frontMatter';
import { forgetScannedText, scanTextRun } from './inline';
import { irregularOffsets } from './irregular';
import { LineIndex } from './lines';
import { editedPage, reuser, type ParseState } from './pageEdit';
import { textChange } from './textChange';
import type { Page } from './types';
import type { UnitTrace } from './unitWindow';
import { checklistItems, readRange, sortResult, tablesIn, type Reuse } from './units';

export { checklistItems } from './units';

export interface ParseOptions {
  /** The previous parse of the same document: a new version is parsed from it. */
  cache?: PageCache;
  /** Leave the front matter's YAML unparsed (the index needs it only for pages without an H1). */
  skipFrontMatterYaml?: boolean;
  /** Leave `Page.irregular` empty (index summaries never read it). */
  skipIrregular?: boolean;
}

/** The last parse of one document (text, model, block structure), for parsing its next version. */
export class PageCache {
  state: ParseState | undefined;
}

function freshPage(text: string, uri: string, version: number, lines: LineIndex, b: Blocks, options: ParseOptions, traces: UnitTrace[], reuse?: Reuse): Page {
  const page: Page = {
    uri, version, text, lines, headings: [], anchors: [], links: [], subs: [], roles: [], comments: b.comments,
    blockComments: b.blockComments, notComments: b.notComments, checklist: [], directives: b.directives,
    codeBlocks: b.codeBlocks, tables: [], frontMatterProblems: [], strayFences: b.strayFences, blocks: b.nodes,
    irregular: options.skipIrregular ? [] : irregularOffsets(text),
  };
  if (b.frontMatter) {
    if (options.skipFrontMatterYaml) {
      const fm = b.frontMatter;
      page.frontMatter = { start: fm.start, end: fm.end, content: fm.content, closed: fm.closed, doc: undefined, subs: [] };
    } else {
      const { frontMatter, problems } = parseFrontMatter(text, b.frontMatter);
      page.frontMatter = frontMatter;
      page.frontMatterProblems = problems;
    }
    scanTextRun(text, b.frontMatter.content.start, b.frontMatter.content.end, 'frontmatter', page);
  }
  readRange(text, b, 0, text.length + 1, page, reuse, traces);
  page.tables = tablesIn(text, lines, b.content, b.paragraphs, 0, text.length + 1);
  sortResult(page);
  page.checklist = checklistItems(b.comments, lines);
  return page;
}

export function parsePage(text: string, uri = '', version = 0, options: ParseOptions = {}): Page {
  const skipYaml = !!options.skipFrontMatterYaml;
  const skipIrregular = !!options.skipIrregular;
  const cached = options.cache?.state;
  const prev = cached && cached.skipYaml === skipYaml && cached.skipIrregular === skipIrregular ? cached : undefined;
  let page: Page;
  let blocks: Blocks;
  let fresh: { start: number; end: number } | undefined;
  let traces: UnitTrace[] = [];
  if (prev && prev.text === text) {
    page = { ...prev.page, uri, version };
    blocks = prev.blocks;
    fresh = prev.fresh;
    traces = prev.traces;
  } else if (prev) {
    const change = textChange(prev.text, text);
    const lines = prev.page.lines.edited(text, change);
    const edit = rescanBlocks(prev.blocks, text, lines, change);
    if (edit) {
      page = editedPage(prev, edit, change, text, lines, uri, version, traces);
      blocks = edit.blocks;
      fresh = { start: edit.from, end: edit.to };
    } else {
      // The whole page is parsed again (the edit reached the front matter or the first line), but the previous
      // version's units, found again, still spare re-reading those the change did not touch.
      blocks = scanBlocks(text, lines);
      const old = unitsBetween(prev.text, prev.page.lines, prev.blocks.firstLine, prev.page.lines.lineCount, 1);
      page = freshPage(text, uri, version, lines, blocks, options, traces, reuser(prev, change, old, text));
    }
  } else {
    const lines = new LineIndex(text);
    blocks = scanBlocks(text, lines);
    page = freshPage(text, uri, version, lines, blocks, options, traces);
  }
  if (options.cache) options.cache.state = { text, page, blocks, skipYaml, skipIrregular, fresh, traces };
  forgetScannedText();
  return page;
}
