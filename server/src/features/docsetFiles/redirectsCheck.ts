// Redirects diagnostics, on the line of the redirects file (`_redirects.yml` / `redirects.yml`) they are about.
// Mirrors docs-builder:
// - reading (src/Elastic.Documentation.Configuration/Builder/RedirectFile.cs): a top-level key other than
//   `redirects` warns; a string target `!x` is `x` (catch-all anchors), an empty one `index.md`; a map without `to`
//   redirects to its own path (anchors only); `many:` entries count only with an `anchors:` map;
// - checking (src/Elastic.Markdown/IO/DocumentationSet.cs, `ValidateRedirectsExists`): a target with `://` must be a
//   valid URI (other repositories are not checked: that needs their links.json); any other target must be, as
//   written, the docset-relative path of a file docs-builder keeps (compared case-insensitively), and a Markdown
//   page; remapped anchors must exist on that page (src/Elastic.Markdown/IO/MarkdownFile.cs, "Bad anchor remap").
// One check is this extension's own, a hint: a target that is itself redirected (`redirect.chain`).
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Docset } from '../../docset/docset';
import { LineIndex } from '../../model/lines';
import { parseYamlDocument } from '../../model/yamlFast';
import type { DocDiagnostic, Range, Severity } from '../../types';
import { LinkResolver, type LinkEnv } from '../links/resolve';
import { redirectFor, redirectLabel, redirectTargets } from '../links/redirects';
import { AnchorLookup } from '../links/targetAnchors';
import { DocsetFs, normalizeRel } from './docsetFs';

interface Target {
  to: string;
  range: Range;
  /** `anchors:` values with their ranges (null: the anchor is dropped). */
  anchors: { value: string | null; range: Range }[];
}

function text(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.value === null || node.value === undefined) return '';
  return typeof node.value === 'object' ? undefined : (node.source ?? String(node.value));
}

export class RedirectsChecker {
  readonly diagnostics: DocDiagnostic[] = [];
  private lines!: LineIndex;
  private readonly fs: DocsetFs;
  private readonly anchors: AnchorLookup;

  constructor(private readonly env: LinkEnv, private readonly docset: Docset, private readonly uri: string, fs?: DocsetFs) {
    this.fs = fs ?? new DocsetFs(env.workspace, docset);
    this.anchors = new AnchorLookup(new LinkResolver(env));
  }

  private range(node: Node | null | undefined): Range {
    const r = node?.range ?? [0, 0, 0];
    return this.lines.range(r[0], r[1]);
  }

  private report(code: string, severity: Severity, message: string, range: Range, data?: Record<string, unknown>): void {
    this.diagnostics.push({ code, severity, message, range, uri: this.uri, ...(data ? { data } : {}) });
  }

  async run(): Promise<DocDiagnostic[]> {
    const source = (await this.env.workspace.readFile(this.uri).catch(() => undefined)) ?? '';
    this.lines = new LineIndex(source);
    let doc;
    try {
      doc = parseYamlDocument(source, { uniqueKeys: false });
    } catch {
      return this.diagnostics;
    }
    // A file that does not load is reported as `docset.yaml` when the docset is read.
    if (doc.errors.length > 0 || !isMap(doc.contents)) return this.diagnostics;
    for (const pair of doc.contents.items) {
      const key = text(pair.key);
      if (key === undefined) continue;
      if (key !== 'redirects') {
        this.report('redirect.unknown-key', 'warning', `${key} is not a known configuration`, this.range(pair.key as Node));
        continue;
      }
      if (isMap(pair.value)) for (const entry of pair.value.items) await this.entry(entry);
    }
    return this.diagnostics;
  }

  private anchorList(node: unknown): { value: string | null; range: Range }[] | undefined {
    if (!isMap(node)) return undefined;
    return node.items.map((p) => {
      const v = p.value as Node | null;
      const s = text(v);
      return { value: s === '' || s === undefined ? null : s, range: this.range(v ?? (p.key as Node)) };
    });
  }

  private async entry(pair: Pair): Promise<void> {
    const from = text(pair.key);
    if (from === undefined || from === '') return;
    const keyRange = this.range(pair.key as Node);
    const value = pair.value as Node | null;
    const targets: Target[] = [];
    if (value === null || isScalar(value)) {
      const to = text(value) ?? '';
      targets.push({ to: to === '' ? 'index.md' : to.replace(/^!+/, ''), range: value && to !== '' ? this.range(value) : keyRange, anchors: [] });
    } else if (isMap(value)) {
      const t = this.mapTargets(from, value, keyRange);
      if (!t) return;
      targets.push(...t);
    } else return;
    for (const t of targets) await this.validate(from, t);
  }

  /** The targets docs-builder validates for a map value (`to`, else the `many:` entries that have anchors). */
  private mapTargets(from: string, map: YAMLMap, keyRange: Range): Target[] | undefined {
    const toNode = map.get('to', true) as Node | undefined;
    const to = text(toNode);
    const anchors = this.anchorList(map.get('anchors', true));
    const many: Target[] = [];
    const manyNode = map.get('many', true);
    if (isSeq(manyNode)) {
      for (const item of manyNode.items) {
        if (!isMap(item)) continue;
        const itemTo = item.get('to', true) as Node | undefined;
        const a = this.anchorList(item.get('anchors', true));
        if (!a) continue;
        const t = text(itemTo);
        many.push({ to: t ?? from, range: t !== undefined ? this.range(itemTo) : this.range(item), anchors: a });
      }
    }
    if (to === undefined && !anchors && !isSeq(manyNode)) return undefined;
    if (to !== undefined) return to === '' && many.length === 0 ? undefined : to === '' ? many : [{ to, range: this.range(toNode), anchors: anchors ?? [] }];
    return many.length > 0 ? many : [{ to: from, range: keyRange, anchors: anchors ?? [] }];
  }

  private async validate(from: string, t: Target): Promise<void> {
    const { to } = t;
    if (to.includes('://')) {
      let valid = true;
      try {
        new URL(to);
      } catch {
        valid = false;
      }
      if (!valid) this.report('redirect.invalid-uri', 'error', `Redirect ${from} points to ${to} which is not a valid URI`, t.range);
      return;
    }
    // docs-builder looks the target up by the path exactly as written (only letter case may differ).
    const hit = normalizeRel(to) === to ? await this.fs.find(to) : undefined;
    const kind = hit?.type === 'file' ? this.fs.classify(hit.rel) : 'excluded';
    if (!hit || kind === 'excluded') {
      this.report('redirect.not-found', 'error', `Redirect ${from} points to ${to} which does not exist`, t.range);
    } else if (kind !== 'page') {
      this.report('redirect.not-markdown', 'error', `Redirect ${from} points to ${to} which is not a markdown file`, t.range);
    } else {
      const uri = this.fs.uri(hit.rel);
      for (const a of t.anchors) {
        if (a.value === null || a.value === '!') continue;
        if (await this.anchors.find(uri, a.value)) continue;
        if (await this.anchors.generated(uri)) continue;
        this.report('redirect.bad-anchor', 'error', `Bad anchor remap '${a.value}' does not exist in ${hit.rel}`, a.range);
      }
    }
    // A target that redirects elsewhere (not a page that only remaps its own anchors).
    const next = to.toLowerCase() !== from.replace(/^\.?\//, '').toLowerCase() ? redirectFor(this.docset, to) : undefined;
    if (next && redirectTargets(next).some((t) => t.toLowerCase() !== to.toLowerCase())) {
      this.report('redirect.chain', 'hint', `Redirect ${from} points to ${to}, which itself redirects to ${redirectLabel(next)}.`, t.range, { to: redirectLabel(next) });
    }
  }
}

/** The diagnostics of a docset's redirects file (none when it has none). */
export function checkRedirects(env: LinkEnv, docset: Docset, fs?: DocsetFs): Promise<DocDiagnostic[]> {
  if (!docset.redirectsUri) return Promise.resolve([]);
  return new RedirectsChecker(env, docset, docset.redirectsUri, fs).run();
}
