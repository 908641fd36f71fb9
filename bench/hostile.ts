// Time and memory of each hostile input (issue 9), printed, never asserted: `npm run bench -- hostile`.
import { DEFAULT_CONFIG } from '../server/src/config';
import { LanguageService } from '../server/src/service';
import { MemoryWorkspace } from '../server/src/workspace';
import { HOSTILE_DOCSETS, HOSTILE_PAGES } from '../test/reliability/hostileInputs';
import { line } from './stats';

export async function hostile(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const [kind, list] of [['page', HOSTILE_PAGES], ['docset', HOSTILE_DOCSETS]] as const) {
    for (const h of list) {
      const text = h.text();
      const files: Record<string, string> = kind === 'page' ? { 'docs/docset.yml': 'subs:\n  ech: E\n', 'docs/p.md': text } : { 'docs/docset.yml': text, 'docs/p.md': '# T\n\n{{ech}}\n' };
      gc?.();
      const before = process.memoryUsage().heapUsed;
      const ws = new MemoryWorkspace(files, ['file:///ws']);
      const ls = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG });
      const doc = { uri: 'file:///ws/docs/p.md', version: 1, text: files['docs/p.md'] };
      const t = performance.now();
      const diags = await ls.diagnostics(doc);
      await ls.hover(doc, { line: 0, character: 3 });
      await ls.documentSymbols(doc);
      const ms = performance.now() - t;
      const peak = process.memoryUsage().heapUsed;
      line(`hostile ${kind}: ${h.name}`, `${ms.toFixed(0)} ms, heap +${((peak - before) / 1e6).toFixed(0)} MB, ${diags.length} diagnostics (${[...new Set(diags.map((d) => d.code))].slice(0, 3).join(', ')})`);
    }
  }
}
