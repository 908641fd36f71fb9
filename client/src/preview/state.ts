// What one render of a page knows, kept in markdown-it's `env`: the page model (front matter `sub:`, include
// paths, title), the docset's substitutions and snippets (from the client's cache of the server's
// elasticDocs/previewContext answer), the file being parsed (a snippet while its include is expanded) and the
// counters docs-builder numbers tab sets with.
import { parsePage } from '../../../server/src/model/page';
import type { Page } from '../../../server/src/model/types';
import { gatherIncludeRefs } from '../../../server/src/features/files/includes';
import type { PreviewContextResult, PreviewSnippet } from '../../../server/src/protocol';
import type { Env, MarkdownIt, StateCore } from './md';

/** The preview's view of the server's answer; synchronous (a miss answers undefined and asks in the background). */
export interface PreviewSource {
  get(uri: string, includes: readonly string[]): PreviewContextResult | undefined;
  /**
   * The URI of the document whose (normalised) text this is. VS Code's preview parses with an empty `env` and
   * gives `currentDocument` only to the renderer, so the page is found among the open documents by its text.
   */
  documentFor?(text: string): string | undefined;
}

export interface RenderState {
  uri: string;
  page: Page;
  /** Lower-cased key → value, as docs-builder looks it up (global keys win over the page's `sub:`). */
  subs: Map<string, string>;
  snippets: Record<string, PreviewSnippet>;
  /** The file whose text is being parsed: the page, or a snippet being included. */
  current: string;
  /** Files being included, outermost first (a loop is not followed). */
  chain: string[];
  tabSets: number;
  /** Per open tab set: its number and the next item's index. */
  tabs: { set: number; next: number }[];
}

const KEY = '__elasticDocsPreview';

export function stateOf(env: Env | undefined): RenderState | undefined {
  return env?.[KEY] as RenderState | undefined;
}

function uriOf(env: Env, text: string, source: PreviewSource | undefined): string {
  const doc = env.currentDocument;
  if (doc !== undefined && doc !== null) return String(doc);
  return source?.documentFor?.(text) ?? 'untitled:preview';
}

export function createState(page: Page, data: PreviewContextResult | undefined): RenderState {
  const uri = page.uri;
  const subs = new Map<string, string>(data?.subs ?? []);
  for (const d of page.frontMatter?.subs ?? []) if (!subs.has(d.key)) subs.set(d.key, d.value);
  const title = page.headings.find((h) => h.level === 1)?.title ?? page.frontMatter?.title;
  if (title !== undefined && !subs.has('context.page_title')) subs.set('context.page_title', title);
  return { uri, page, subs, snippets: data?.snippets ?? {}, current: uri, chain: [uri], tabSets: 0, tabs: [] };
}

/** The first core rule: builds the render state from the page text and the cached docset data. */
export function registerState(md: MarkdownIt, source: PreviewSource | undefined): void {
  md.core.ruler.after('normalize', 'elastic_docs_state', (state: StateCore) => {
    const uri = uriOf(state.env, state.src, source);
    const page = parsePage(state.src, uri, 0);
    const includes = gatherIncludeRefs(page).filter((r) => !r.literal).map((r) => r.path);
    const data = source?.get(uri, includes);
    // Not an Elastic Docs page (a README outside the docsets): rendered as plain Markdown, every rule stands aside.
    state.env[KEY] = data?.outsideDocsets ? undefined : createState(page, data);
  });
}
