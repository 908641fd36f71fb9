// Checking many pages in one run (`check`), each read and parsed once. Step one, per page (on any thread): the
// page rules, the features' page-local diagnostics, the page's index summary, and the plain data the
// index-needing checks (links, anchors, migration sources) will look at. Step two, once every summary is in the
// index: those checks. The result equals `LanguageService.diagnostics` page by page (a test holds it to that).
import { applySeverities, runRules } from './diagnostics/index';
import { batchSummary, type PageSummary } from './index/summary';
import { pageLimit, type LanguageService } from './service';
import type { BatchEnv } from './features/types';
import type { DocDiagnostic } from './types';
import { snippetDiagnostics } from './features/files/snippetScope';

export interface PageCheck {
  uri: string;
  /** Characters read. */
  size: number;
  /** What the cross-page checks read of the page (`batchSummary`; none for pages the index skips: binary or over the size limit). */
  summary?: PageSummary;
  /** The page rules' diagnostics (before the user's severity overrides); final ones for a skipped page. */
  diagnostics: DocDiagnostic[];
  /** Binary or over the size limit: only the cheap diagnostic, no summary. */
  skipped?: boolean;
  /** Per feature (by position in `service.features`): its diagnostics, or what its batch check gathered. */
  features: ({ diagnostics: DocDiagnostic[] } | { gathered: unknown } | undefined)[];
}

function failed(service: LanguageService, uri: string, what: string, e: unknown): void {
  service.logger.error(`${what} failed for ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
}

/** Step one for one page: everything that needs only the page and its docset. */
export async function checkPage(service: LanguageService, uri: string, text: string): Promise<PageCheck> {
  const doc = { uri, version: 0, text };
  if (pageLimit(text, service.config)) return { uri, size: text.length, diagnostics: await service.diagnostics(doc), features: [], skipped: true };
  const ctx = await service.featureContext(doc);
  const diagnostics = runRules({ page: ctx.page, docset: ctx.docset, subs: ctx.subs, config: service.config });
  const features: PageCheck['features'] = [];
  for (const f of service.features) {
    try {
      if (f.batch) features.push({ gathered: f.batch.gather(ctx) });
      else if (f.diagnostics) features.push({ diagnostics: await f.diagnostics(ctx) });
      else features.push(undefined);
    } catch (e) {
      failed(service, uri, 'diagnostics', e);
      features.push(undefined);
    }
  }
  const summary = batchSummary(ctx.page);
  service.forget(uri);
  return { uri, size: text.length, summary, diagnostics, features };
}

/** Step two: one resolver per feature for the whole run (their caches are shared by every page). */
export class BatchResolver {
  private resolvers: (((uri: string, data: unknown) => Promise<DocDiagnostic[]>) | undefined)[];
  private readonly env: BatchEnv;

  constructor(private readonly service: LanguageService) {
    const env: BatchEnv = (this.env = {
      index: service.index, workspace: service.workspace, config: service.config, logger: service.logger,
      pageOf: (u) => service.pageOf(u), docsetOf: (u) => service.docsets.docsetFor(u),
    });
    this.resolvers = service.features.map((f) => f.batch?.resolver(env));
  }

  /** The page's diagnostics, in the order `LanguageService.diagnostics` gives them. */
  async resolve(check: PageCheck): Promise<DocDiagnostic[]> {
    if (check.skipped) return check.diagnostics;
    // Appended one by one, not spread as arguments (a page of 100,000 problems), as LanguageService.diagnostics.
    const out = check.diagnostics.slice();
    for (let i = 0; i < check.features.length; i++) {
      const f = check.features[i];
      if (!f) continue;
      if ('diagnostics' in f) {
        for (const d of f.diagnostics) out.push(d);
        continue;
      }
      const resolve = this.resolvers[i];
      try {
        if (resolve) for (const d of await resolve(check.uri, f.gathered)) out.push(d);
      } catch (e) {
        failed(this.service, check.uri, 'diagnostics', e);
      }
    }
    return snippetDiagnostics(check.uri, applySeverities(out, this.service.config), this.env, await this.env.docsetOf(check.uri));
  }
}
