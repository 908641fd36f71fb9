// The server's cold index: built with a progress bar in the client (updated at most every 100 ms), the host's
// page scanner kept off the pages open in the editor (the index reads those through the editor's text), and
// one log line that says how the build went.
import type { Connection } from 'vscode-languageserver';
import type { Cancellation, PageScanner } from './index/workspaceIndex';
import type { LanguageService } from './service';

/** The host's scanner, minus the pages open in the editor when its results arrive. */
export function closedPagesOnly(scanner: PageScanner, isOpen: (uri: string) => boolean): PageScanner {
  return {
    prepare: (options) => scanner.prepare?.(options),
    scan: async (uris, options) => (await scanner.scan(uris, options)).map((s, i) => (isOpen(uris[i]) ? undefined : s)),
  };
}

/** Builds the index; resolves with the line to log (`index ready: …`). */
export async function buildIndex(connection: Connection, service: LanguageService, token: Cancellation, memory?: () => { heapUsed: number; rss: number }): Promise<string> {
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin('Elastic Docs: indexing', 0, 'listing pages', false);
  const started = Date.now();
  let shown = 0;
  const report = (done: number, total: number) => {
    const now = Date.now();
    if (now - shown < 100 && done < total) return;
    shown = now;
    progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total} pages`);
  };
  try {
    await service.index.build({ report }, token);
  } finally {
    progress?.done();
  }
  const b = service.index.lastBuild;
  const m = memory?.();
  const MB = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
  return `index ready: ${service.index.pages.size} pages in ${Date.now() - started} ms`
    + (b ? ` (listed ${b.files} files in ${b.listMs} ms, read ${b.scanned ? `${b.scanned} on worker threads` : 'them'} in ${b.scanMs} ms)` : '')
    + (m ? `; heap ${MB(m.heapUsed)}, RSS ${MB(m.rss)}` : '');
}
