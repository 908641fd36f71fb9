// What a link's check found, kept for an open page from one check to the next: a keystroke changes a link or two,
// and the rest would be checked again for the same answer (a page of 50,000 links to missing pages: most of a
// keystroke). An answer is kept only while everything it was read from is as it was: the page's docset (its
// redirects, cross-links and CLI pages come with it), the settings, the workspace folders, every other page's
// summary (the index's generation without this page's own changes), and what was read of the file system (each
// folder listing and stat, read again at each check: a file created or removed is seen as at once as without
// this). Answers that read the page's own summary (a link to the page itself, or to a page that includes it: its
// anchors change as it is typed) or a page model from disk are not kept.
import type { DocDiagnostic } from '../../types';
import type { FeatureContext } from '../types';
import { PlacedLinks } from './placedLinks';
import type { LinkResolver } from './resolve';

/** Past this many file-system facts to read again at each check, what is kept is dropped (and gathered anew). */
const MAX_FACTS = 512;

export class LinkMemo {
  /** Per flags (gatheredLinks.ts), per URL: the answer with probe ranges (null: not placeable). */
  seen: Map<string, DocDiagnostic[] | null>[] = [];
  private inputs: unknown[] = [];
  private listings = new Map<string, Set<string> | null>();
  private stats = new Map<string, string | undefined>();

  /** Keeps what is kept only if it still holds for this check (reading the file-system facts again). */
  async prepare(ctx: FeatureContext, uri: string): Promise<void> {
    const inputs = [ctx.docset, ctx.config, ctx.workspace.roots().join('\n'), ctx.index.generationWithout(uri)];
    const same = inputs.every((x, i) => x === this.inputs[i]) && (await this.factsHold(ctx));
    if (!same) this.reset();
    this.inputs = inputs;
  }

  /** What the last check placed on each link (found again only with the same kept answer). */
  readonly placed = new PlacedLinks();

  private reset(): void {
    this.seen = [];
    this.placed.forget();
    this.listings = new Map();
    this.stats = new Map();
  }

  private async factsHold(ctx: FeatureContext): Promise<boolean> {
    const ws = ctx.workspace;
    const checks: Promise<boolean>[] = [];
    for (const [dir, names] of this.listings) {
      checks.push((async () => {
        const now = ws.entryNames ? await ws.entryNames(dir).catch(() => undefined) : undefined;
        return sameNames(names, now ? new Set(now.map((n) => n.toLowerCase())) : null);
      })());
    }
    for (const [uri, type] of this.stats) checks.push(ws.stat(uri).then((st) => st?.type === type, () => type === undefined));
    return (await Promise.all(checks)).every(Boolean);
  }

  /**
   * After a check: what its resolver read of the file system joins what the kept answers were read from (if a
   * lookup is still under way, nothing is kept).
   */
  record(resolver: LinkResolver): void {
    if (resolver.busy) return this.drop();
    const facts = resolver.fsFacts();
    // A fact read again that is not what the kept answers were read from (the file system changed during this
    // check, after `prepare`): they may be stale, so none is kept.
    for (const [dir, names] of facts.listings) {
      const was = this.listings.get(dir);
      if (was !== undefined && !sameNames(was, names)) return this.drop();
      this.listings.set(dir, names);
    }
    for (const [uri, type] of facts.stats) {
      if (this.stats.has(uri) && this.stats.get(uri) !== type) return this.drop();
      this.stats.set(uri, type);
    }
    if (this.listings.size + this.stats.size > MAX_FACTS) this.drop();
  }

  /** Keeps nothing, and checks everything at the next check. */
  private drop(): void {
    this.reset();
    this.inputs = [];
  }
}

function sameNames(a: Set<string> | null, b: Set<string> | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.size !== b.size) return false;
  for (const n of a) if (!b.has(n)) return false;
  return true;
}

/**
 * Whether the answer for a link with this path may be kept: not when it may point to the page `uri` itself (besides
 * the check's own watch on reading the page's summary, index.ts: the cheap test first).
 */
export function keepable(uri: string, path: string): boolean {
  if (path.trim() === '') return false;
  const name = uri.slice(uri.lastIndexOf('/') + 1).toLowerCase();
  const p = path.toLowerCase();
  // Any path ending in the page's own file name (`./p.md`, `../x/p.md`, encoded or not) or its stem is taken as
  // possibly the page itself; a folder path (`./`, `..`) is not a page.
  return !(p.endsWith(name) || p.endsWith(name.replace(/\.md$/, '')) || p.includes('%') || p.includes('?'));
}
