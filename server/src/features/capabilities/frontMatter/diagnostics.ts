// docs-builder's page-level checks (src/Elastic.Markdown/IO/MarkdownFile.cs, Myst/FrontMatter/Products.cs;
// spec §6.2, §8 rows 38–42): deprecated `title`, `mapped_pages` URLs, `products` ids, `layout` values, a hub page
// without `{hero}`, and a page without an H1. docs-builder reports them against the file; here they sit on the
// front-matter node they are about. When the YAML itself fails, docs-builder reads an empty front matter, so none
// of these run (frontmatter.yaml reports the failure).
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { getProduct, PAGE_LAYOUTS, PRODUCT_IDS } from '../../../data/frontMatter';
import type { Page } from '../../../model/types';
import type { DocDiagnostic, Severity } from '../../../types';
import { closest } from '../util';

type Ranged = { range?: [number, number, number] | null };

function span(node: unknown, fallback: [number, number]): [number, number] {
  const r = (node as Ranged | null)?.range;
  return r ? [r[0], r[1]] : fallback;
}

function pairs(page: Page): Pair[] {
  const c = page.frontMatter?.doc?.contents;
  return isMap(c) ? c.items : [];
}

function pairOf(page: Page, key: string): Pair | undefined {
  return pairs(page).find((p) => isScalar(p.key) && p.key.value === key);
}

function str(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}

const MAPPED_PAGES_PREFIX = 'https://www.elastic.co/guide';

/** .NET `Uri.IsWellFormedUriString(url, Absolute)`, roughly: parses, and no characters that must be escaped. */
function wellFormedAbsolute(url: string): boolean {
  if (/[\s<>"{}|\\^`]/.test(url)) return false;
  try {
    return new URL(url).protocol !== '';
  } catch {
    return false;
  }
}

/** An H1 at the top level of the page (docs-builder takes the first level-1 heading among the document's blocks). */
function hasTopLevelH1(page: Page): boolean {
  return page.headings.some((h) => h.level === 1 && !page.directives.some((d) => h.start >= d.body.start && h.start < d.body.end));
}

/** `generated`: the page is one docs-builder generates around this Markdown (it gets its title elsewhere). */
export function frontMatterDiagnostics(page: Page, generated = false): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  const push = (code: string, severity: Severity, message: string, [s, e]: [number, number]) => {
    while (e > s && /\s/.test(page.text[e - 1])) e--;
    out.push({ code, severity, message, range: page.lines.range(s, e) });
  };
  const fm = page.frontMatter;
  const yamlOk = page.frontMatterProblems.length === 0;
  const keyOf = (p: Pair): [number, number] => span(p.key, [0, 0]);

  if (fm && yamlOk) {
    const title = pairOf(page, 'title');
    if (title && (str(title.value) ?? '') !== '') push('frontmatter.title', 'warning', "'title' is no longer supported in yaml frontmatter please use a level 1 header instead.", keyOf(title));

    const mapped = pairOf(page, 'mapped_pages');
    if (mapped && isSeq(mapped.value)) {
      for (const item of mapped.value.items) {
        const url = str(item);
        if (!url || (url.toLowerCase().startsWith(MAPPED_PAGES_PREFIX) && wellFormedAbsolute(url))) continue;
        push('frontmatter.mapped-pages', 'error', `Invalid mapped_pages URL: "${url}". All mapped_pages URLs must start with "${MAPPED_PAGES_PREFIX}". Please update the URL to reference content under the Elastic documentation guide.`, span(item, keyOf(mapped)));
      }
    }

    const products = pairOf(page, 'products');
    if (products && isSeq(products.value)) {
      for (const item of products.value.items as Node[]) {
        const at = span(item, keyOf(products));
        if (!isMap(item)) {
          push('frontmatter.products', 'error', 'Failed to parse yaml front matter block. Each `products` entry is a mapping: `- id: <product>`.', at);
          continue;
        }
        const idPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
        const id = idPair ? str(idPair.value) ?? '' : '';
        if (id.trim() === '') {
          push('frontmatter.products', 'error', "Invalid product in yaml front matter. Product 'id' field is required. Example format:\nproducts:\n  - id: apm", at);
        } else if (!getProduct(id)) {
          const guess = closest(id, PRODUCT_IDS);
          push('frontmatter.products', 'error', `Invalid product in yaml front matter. Invalid products frontmatter value: "${id}".${guess ? ` Did you mean "${guess}"?` : ''}`, span(idPair?.value, at));
        }
      }
    }

    const layout = pairOf(page, 'layout');
    const layoutValue = layout ? str(layout.value) : undefined;
    if (layout && layoutValue !== undefined && !PAGE_LAYOUTS.includes(layoutValue)) {
      push('frontmatter.layout', 'error', `Failed to parse yaml front matter block. '${layoutValue}' is not a layout; valid layouts are: ${PAGE_LAYOUTS.join(', ')}.`, span(layout.value, keyOf(layout)));
    }
    if (layout && layoutValue === 'hub' && !page.directives.some((d) => d.name === 'hero')) {
      push('frontmatter.hub-hero', 'error', 'A page with `layout: hub` requires a {hero} directive. Without it the page renders without a title.', span(layout.value, keyOf(layout)));
    }
  }

  // Snippets (any folder starting with `_`) are never rendered as pages; hub pages take their title from {hero}.
  const snippet = /\/_[^/]*\//.test(page.uri);
  const hub = yamlOk && str(pairOf(page, 'layout')?.value) === 'hub';
  const fmTitle = yamlOk && (str(pairOf(page, 'title')?.value) ?? '') !== '';
  if (!snippet && !hub && !fmTitle && !generated && !hasTopLevelH1(page)) {
    const line0 = page.lines.lineEnd(0);
    push('frontmatter.no-title', 'warning', 'Document has no title, using file name as title.', [0, line0]);
  }
  return out;
}
