// Shared fixtures for the substitutions feature tests: an in-memory docset and a `‸` cursor marker (the usual
// `|` marker would clash with mutation pipes).
import type { DocsConfig } from '../../../server/src/config';
import type { LanguageService, TextDoc } from '../../../server/src/service';
import type { Position } from '../../../server/src/types';
import { service, uri } from '../../helpers';

export const DOCSET = [
  'project: test',
  'subs:',
  '  ech: "Elastic Cloud Hosted"',
  '  ecloud: "Elastic Cloud"',
  '  Stack-Version: "9.1.3"',
  '  es: "Elasticsearch"',
  '  my.dotted: "Dotted value"',
  '  hello: "Hello world!"',
  '  agent: "Elastic Agent"',
  '',
].join('\n');

export const DOCSET_URI = uri('docs/docset.yml');
export const PAGE_URI = uri('docs/page.md');

/** Splits `text` at its `‸` marker. */
export function at(text: string): { text: string; offset: number } {
  const offset = text.indexOf('‸');
  if (offset < 0) return { text, offset: -1 };
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

export interface Setup {
  ls: LanguageService;
  doc: TextDoc;
  pos: Position;
  /** The position of the `n`-th occurrence (0-based) of `needle` in the page, plus `delta` characters. */
  find(needle: string, delta?: number, n?: number): Position;
}

/** A docset (docs/docset.yml) with `files` beside it and the page `docs/page.md` holding `text` (cursor `‸`). */
export function setup(text: string, files: Record<string, string> = {}, config: Partial<DocsConfig> = {}, path = 'docs/page.md'): Setup {
  const { text: clean, offset } = at(text);
  const all: Record<string, string> = { 'docs/docset.yml': DOCSET, ...files, [path]: clean };
  const { ls } = service(all, config);
  const doc: TextDoc = { uri: uri(path), version: 1, text: clean };
  const lines = ls.page(doc).lines;
  return {
    ls, doc, pos: lines.positionAt(Math.max(0, offset)),
    find(needle, delta = 0, n = 0) {
      let i = -1;
      for (let k = 0; k <= n; k++) i = clean.indexOf(needle, i + 1);
      if (i < 0) throw new Error(`no ${needle}`);
      return lines.positionAt(i + delta);
    },
  };
}

export function hoverText(h: { contents: unknown } | undefined): string | undefined {
  if (!h) return undefined;
  const c = h.contents as { value?: string };
  return c.value;
}
