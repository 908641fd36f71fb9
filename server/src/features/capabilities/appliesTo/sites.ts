// Every place of a page that holds an applies_to definition, parsed: the front matter's `applies_to`, section
// blocks (```` ```{applies_to} ````), `{applies_to}` and `{preview}` roles, `{applies-item}` arguments and
// `:applies_to:` directive options. Derived from the page model once per page version.
import { isMap, isScalar } from 'yaml';
import { parseAppliesToNode, parseAppliesToText, type AppliesResult, type AppliesTextKind } from '../../../appliesTo/index';
import { PRODUCT_IDS } from '../../../data/frontMatter';
import { PerObject } from '../../../model/perObject';
import type { Page, Span } from '../../../model/types';
import { tryParseSemVersion, formatSemVersion } from '../../../substitutions/semver';

export type AppliesSiteKind = 'frontmatter' | 'block' | 'role' | 'preview' | 'item' | 'option';

export interface AppliesSite {
  kind: AppliesSiteKind;
  /** The whole construct (hover range). */
  span: Span;
  /** Where the YAML text sits (for completion); for front matter, the value node. */
  yaml: Span;
  result: AppliesResult;
}

const OPTIONS = { productIds: PRODUCT_IDS };

function frontMatterSite(page: Page): AppliesSite | undefined {
  const doc = page.frontMatter?.doc;
  if (!doc || page.frontMatterProblems.length > 0 || !isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || pair.key.value !== 'applies_to' || !pair.key.range) continue;
    const keySpan = { start: pair.key.range[0], end: pair.key.range[1] };
    const node = pair.value as { range?: [number, number, number] } | null;
    let end = node?.range ? node.range[1] : keySpan.end;
    while (end > keySpan.end && /\s/.test(page.text[end - 1])) end--;
    const result = parseAppliesToNode(pair.value, { offset: 0, keySpan, productIds: PRODUCT_IDS });
    return { kind: 'frontmatter', span: { start: keySpan.start, end }, yaml: { start: keySpan.end, end }, result };
  }
  return undefined;
}

/** `{preview}`9.1`` as docs-builder rewrites it: `product: preview <version>` (`9.1` read as `9.1.0`). */
export function previewYaml(content: string): string {
  const v = tryParseSemVersion(content) ?? tryParseSemVersion(`${content}.0`);
  if (!v) return 'product: preview';
  return `product: preview ${tryParseSemVersion(content) ? content : formatSemVersion(v)}`;
}

/**
 * parseAppliesToText results by kind and text, read at offset 0. The result depends only on the text (and the
 * constant product ids); its offsets all count from where the text starts, and the applicability holds none. A
 * workspace repeats the same few definitions (`stack: ga 9.1`) thousands of times: each is parsed once.
 */
const TEXT_RESULTS = new Map<string, AppliesResult>();
const TEXT_RESULTS_MAX = 4096;

function parseText(yaml: string, offset: number, kind: AppliesTextKind): AppliesResult {
  const key = `${kind}\n${yaml}`;
  let r = TEXT_RESULTS.get(key);
  if (!r) {
    if (TEXT_RESULTS.size >= TEXT_RESULTS_MAX) TEXT_RESULTS.clear();
    r = parseAppliesToText(yaml, 0, kind, OPTIONS);
    TEXT_RESULTS.set(key, r);
  }
  // Fresh diagnostics (callers may move them); the applicability is shared, never changed by readers.
  return { applicability: r.applicability, diagnostics: r.diagnostics.map((d) => ({ ...d, start: d.start + offset, end: d.end + offset })) };
}

const cache = new PerObject<Page, AppliesSite[]>('appliesSites');

export function appliesSites(page: Page): AppliesSite[] {
  const hit = cache.get(page);
  if (hit) return hit;
  const sites: AppliesSite[] = [];
  const fm = frontMatterSite(page);
  if (fm) sites.push(fm);
  for (const cb of page.codeBlocks) {
    if (cb.directive !== 'applies_to') continue;
    const yaml = page.text.slice(cb.content.start, cb.content.end);
    sites.push({ kind: 'block', span: { start: cb.start, end: cb.end }, yaml: cb.content, result: parseText(yaml, cb.content.start, 'directive') });
  }
  for (const r of page.roles) {
    if (r.name === 'applies_to') {
      sites.push({ kind: 'role', span: r, yaml: r.contentSpan, result: parseText(r.content, r.contentSpan.start, 'role') });
    } else if (r.name === 'preview') {
      const parsed = parseText(previewYaml(r.content), r.contentSpan.start, 'role');
      // The rewritten text has no place in the page: point whatever it reports at the role.
      for (const d of parsed.diagnostics) Object.assign(d, { start: r.start, end: r.end });
      sites.push({ kind: 'preview', span: r, yaml: r.contentSpan, result: parsed });
    }
  }
  for (const d of page.directives) {
    if (d.name === 'applies-item' && d.argument !== '') {
      sites.push({ kind: 'item', span: d.argumentSpan, yaml: d.argumentSpan, result: parseText(d.argument, d.argumentSpan.start, 'definition') });
    }
    for (const o of d.options) {
      if (o.key !== 'applies_to' || o.value === '') continue;
      sites.push({ kind: 'option', span: o, yaml: o.valueSpan, result: parseText(o.value, o.valueSpan.start, 'directive') });
    }
  }
  sites.sort((a, b) => a.span.start - b.span.start);
  cache.set(page, sites);
  return sites;
}
