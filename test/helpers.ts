// Test helpers: an in-memory workspace with a docset, a `|` cursor marker, ranges as compact strings.
import { DEFAULT_CONFIG, type DocsConfig } from '../server/src/config';
import { LanguageService } from '../server/src/service';
import type { Range } from '../server/src/types';
import type { PageSummary } from '../server/src/index/summary';
import { joinUri, MemoryWorkspace } from '../server/src/workspace';

export const ROOT = 'file:///ws';

export { SHARED, sharedFile, REPO } from './paths';

export function uri(rel: string): string {
  return `${ROOT}/${rel}`;
}

export function service(files: Record<string, string | Uint8Array>, config: Partial<DocsConfig> = {}): { ws: MemoryWorkspace; ls: LanguageService } {
  const ws = new MemoryWorkspace(files, [ROOT]);
  const ls = new LanguageService({ workspace: ws, config: { ...DEFAULT_CONFIG, ...config } });
  return { ws, ls };
}

/** A workspace on a Windows drive (`C:\ws`): docs-builder would run on Windows too. */
export const WINDOWS_ROOT = 'file:///c%3A/ws';

export function windowsService(files: Record<string, string | Uint8Array>, config: Partial<DocsConfig> = {}): { ws: MemoryWorkspace; ls: LanguageService; uri: (rel: string) => string } {
  const ws = new MemoryWorkspace(files, [WINDOWS_ROOT]);
  const ls = new LanguageService({ workspace: ws, config: { ...DEFAULT_CONFIG, ...config } });
  return { ws, ls, uri: (rel) => joinUri(WINDOWS_ROOT, rel) };
}

/** Splits `text` at its `|` cursor marker: the text without it, and the marker's offset. */
export function cursor(text: string): { text: string; offset: number } {
  const offset = text.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

/** `line:char-line:char`, 0-based, for compact assertions. */
export function r(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** A summary read through its getters, as the features read it. */
export function readSummary(s: PageSummary) {
  return {
    uri: s.uri,
    title: s.title,
    anchors: s.anchors.map((a) => ({ id: a.id, kind: a.kind, label: a.label, level: a.level, range: a.range, inComment: a.inComment, uri: a.uri })),
    links: s.links.map((l) => ({ url: l.url, path: l.path, fragment: l.fragment, range: l.range, pathRange: l.pathRange, fragmentRange: l.fragmentRange, inComment: l.inComment, image: l.image })),
    subs: s.subs.map((u) => ({ key: u.key, range: u.range, keyRange: u.keyRange })),
    checklist: s.checklist.map((i) => ({ checked: i.checked, path: i.path, notes: [...i.notes], range: i.range })),
    includes: [...s.includes],
    size: s.size,
  };
}
