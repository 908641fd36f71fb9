// Page front-matter keys and docset.yml keys, for completion, hover and validation.
// Mirrors elastic/docs-builder:
// - page: src/Elastic.Markdown/Myst/FrontMatter/FrontMatterParser.cs (`YamlFrontMatter`, `MarkdownPageLayout`) and
//   src/Elastic.Markdown/IO/MarkdownFile.cs, at d819923ef7b6 as recorded in shared/spec/docs-builder-syntax.md §6.2
//   (the index only holds an old FrontMatterParser.cs @ 89ac5335a84d with five keys);
// - docset.yml: src/Elastic.Documentation.Configuration/Toc/DocumentationSetFile.cs and
//   Builder/ConfigurationFile.cs, at d819923ef7b6 as recorded in the spec §7.1 (cross-read: DocumentationSetFile.cs
//   @ 2b5132f2b480, ConfigurationFile.cs @ 010eee87db38).
// Product ids come from ./productsYml.ts.

import { PUBLIC_REFERENCE_PRODUCTS, type ProductEntry } from './productsYml';

export type YamlValueType = 'string' | 'boolean' | 'integer' | 'string-map' | 'list' | 'mapping' | 'string-or-mapping' | 'applies_to';

export interface YamlKeyInfo {
  readonly key: string;
  readonly type: YamlValueType;
  readonly description: string;
  /** Closed set of accepted values. */
  readonly values?: readonly string[];
  /** Keys of the list items or of the mapping. */
  readonly itemKeys?: readonly string[];
  readonly deprecated?: boolean;
}

/** `MarkdownPageLayout` values (YAML names). */
export const PAGE_LAYOUTS: readonly string[] = ['landing-page', 'not-found', 'archive', 'full-search', 'hub'];

export const FRONT_MATTER_KEYS: readonly YamlKeyInfo[] = [
  { key: 'title', type: 'string', deprecated: true, description: 'Deprecated: docs-builder warns "\'title\' is no longer supported in yaml frontmatter please use a level 1 header instead." It is used only when the page has no H1.' },
  { key: 'navigation_title', type: 'string', description: 'Shorter title for the navigation and breadcrumbs. Substitutions apply.' },
  { key: 'description', type: 'string', description: 'Meta description of the page (about 150 characters). Generated from the first paragraphs when missing.' },
  { key: 'sub', type: 'string-map', description: 'Page substitutions: `key: value` pairs used as `{{key}}`. Keys are lower-cased; redeclaring a docset or built-in key is an error.' },
  { key: 'layout', type: 'string', values: PAGE_LAYOUTS, description: 'Page layout. `hub` pages must contain a `{hero}` directive.' },
  { key: 'applies_to', type: 'applies_to', description: 'Which products, deployments and versions the page applies to.' },
  { key: 'mapped_pages', type: 'list', description: 'Old URLs of this page; each must start with `https://www.elastic.co/guide`.' },
  { key: 'products', type: 'list', itemKeys: ['id'], description: 'Products the page is about (search filter): a list of `- id: <product>`; only public-reference product ids.' },
  { key: 'noindex', type: 'boolean', description: 'Asks search engines not to index the page.' },
  { key: 'cta', type: 'mapping', itemKeys: ['id'], description: 'Call-to-action template: `id:` of a `cta:` entry in docset.yml (falls back to `trial`).' },
  { key: 'listing', type: 'string-or-mapping', itemKeys: ['group'], description: 'Membership in a `{listing}`: a group name, or `group: <name>`.' },
];

export const DOCSET_KEYS: readonly YamlKeyInfo[] = [
  { key: 'project', type: 'string', description: 'Name of the documentation set.' },
  { key: 'toc', type: 'list', itemKeys: ['file', 'hidden', 'folder', 'toc', 'crosslink', 'listing', 'cli', 'detection_rules', 'children', 'title', 'applies_to'], description: 'Table of contents: `file`, `hidden`, `folder`, `toc`, `crosslink`, `listing`, `cli` and `detection_rules` items.' },
  { key: 'subs', type: 'string-map', description: 'Substitutions for every page: `key: value`, used as `{{key}}` (case-insensitive).' },
  { key: 'cross_links', type: 'list', description: 'Repositories this docset links to with `<repo>://path.md`; optionally `public://repo` or `internal://repo`.' },
  { key: 'exclude', type: 'list', description: 'Glob patterns of files to leave out; a pattern starting with `!` includes a file again.' },
  { key: 'extensions', type: 'list', description: 'Enabled extensions, for example `detection-rules`.' },
  { key: 'features', type: 'mapping', itemKeys: ['primary-nav', 'disable-github-edit-link', 'guide-nav'], description: 'Feature switches (booleans): `primary-nav`, `disable-github-edit-link`, `guide-nav`.' },
  { key: 'max_toc_depth', type: 'integer', description: 'Deepest level at which nested `toc.yml` files may appear (default 2).' },
  { key: 'dev_docs', type: 'boolean', description: 'Development docs not linked from the assembled site; relaxes some table-of-contents rules.' },
  { key: 'suppress', type: 'list', values: ['DeepLinkingVirtualFile', 'FolderFileNameMismatch', 'AutolinkElasticCoDocs'], description: 'Hint types to suppress.' },
  { key: 'products', type: 'list', itemKeys: ['id'], description: 'Default products of every page: a list of `- id: <product>`.' },
  { key: 'release_notes', type: 'list', itemKeys: ['product'], description: 'Products whose release notes this docset publishes (`- product: <id>`).' },
  { key: 'api', type: 'mapping', description: 'OpenAPI configuration per product (`spec`, `repository`, `children`, …).' },
  { key: 'registry', type: 'string', values: ['public', 'internal'], description: 'Link registry of the docset (default `public`).' },
  { key: 'codex', type: 'mapping', itemKeys: ['group'], description: 'Codex (internal docs) settings: `group`.' },
  { key: 'branding', type: 'mapping', itemKeys: ['icon', 'header-bg', 'og-image', 'favicon', 'apple-touch-icon'], description: 'White-label branding; replaces the Elastic chrome.' },
  { key: 'storybook', type: 'mapping', itemKeys: ['registry'], description: 'Storybook settings: `registry`.' },
  { key: 'cta', type: 'mapping', description: 'Named call-to-action templates: `<id>: { button: { label, url }, benefits: [...] }`.' },
  { key: 'island', type: 'boolean', description: 'Renders the docset as an island with its own navigation.' },
  { key: 'display_name', type: 'string', deprecated: true, description: 'Obsolete display name.' },
  { key: 'description', type: 'string', deprecated: true, description: 'Obsolete description.' },
  { key: 'icon', type: 'string', description: 'Icon of the docset.' },
];

const FRONT_MATTER_BY_KEY = new Map(FRONT_MATTER_KEYS.map((k) => [k.key, k]));
const DOCSET_BY_KEY = new Map(DOCSET_KEYS.map((k) => [k.key, k]));

/** Front-matter keys are exact (YamlDotNet aliases); unknown keys are silently ignored by docs-builder. */
export function getFrontMatterKey(key: string): YamlKeyInfo | undefined {
  return FRONT_MATTER_BY_KEY.get(key);
}

export function getDocsetKey(key: string): YamlKeyInfo | undefined {
  return DOCSET_BY_KEY.get(key);
}

/** Product ids accepted in `products: - id:` (front matter and docset.yml). */
export const PRODUCT_IDS: readonly string[] = PUBLIC_REFERENCE_PRODUCTS.map((p) => p.id);

const PRODUCTS_BY_ID = new Map(PUBLIC_REFERENCE_PRODUCTS.map((p) => [p.id, p]));

/**
 * Looks a product id up for `products:`. `_` is read as `-`, as ConfigurationFile.cs does for docset.yml and as
 * docs/documentation/catalog/products.md (d819923) documents in general; ids are otherwise exact.
 */
export function getProduct(id: string): ProductEntry | undefined {
  return PRODUCTS_BY_ID.get(id.replace(/_/g, '-'));
}
