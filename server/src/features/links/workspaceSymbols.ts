// Workspace symbols: every page title, heading and anchor of the index, matched fuzzily (the query's characters in
// order, case-insensitive), best matches first.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { WorkspaceIndex } from '../../index/workspaceIndex';

const LIMIT = 500;

/** A score for `query` as a subsequence of `text` (higher is better), or -1 when it does not match. */
export function fuzzyScore(query: string, text: string): number {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return 0;
  const t = text.toLowerCase();
  let score = 0;
  let ti = 0;
  let prev = -2;
  for (const c of q) {
    const i = t.indexOf(c, ti);
    if (i < 0) return -1;
    if (i === prev + 1) score += 3; // consecutive
    if (i === 0 || /[\s\-_./#]/.test(t[i - 1])) score += 2; // word start
    score -= Math.min(i - ti, 3) * 0.1;
    prev = i;
    ti = i + 1;
  }
  if (t.startsWith(q)) score += 5;
  return score;
}

const KIND = { heading: SymbolKind.String, anchor: SymbolKind.Constant, directive: SymbolKind.Struct, step: SymbolKind.EnumMember } as const;

export function workspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  const scored: { s: SymbolInformation; score: number; rank: number }[] = [];
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  for (const [uri, summary] of index.pages) {
    const file = uri.slice(uri.lastIndexOf('/') + 1);
    const container = summary.title ?? file;
    if (summary.title) {
      const score = fuzzyScore(query, summary.title);
      if (score >= 0) scored.push({ s: { name: summary.title, kind: SymbolKind.File, location: { uri, range: top }, containerName: file }, score, rank: 0 });
    }
    for (const a of summary.anchors) {
      const name = a.kind === 'heading' ? a.label : `#${a.id}`;
      const score = Math.max(fuzzyScore(query, name), fuzzyScore(query, a.id));
      if (score < 0) continue;
      scored.push({ s: { name, kind: KIND[a.kind], location: { uri, range: a.range }, containerName: container }, score, rank: a.kind === 'heading' ? 1 : 2 });
    }
  }
  // Best score first; on a tie, page titles, then headings, then other anchors.
  scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.s.name.localeCompare(b.s.name));
  return scored.slice(0, LIMIT).map((x) => x.s);
}
