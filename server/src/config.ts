// The user's settings as the language service sees them (VS Code section `elasticDocs`), with defaults.
// The client contributes the same keys in package.json; the server reads them with workspace/configuration.
import type { Severity } from './types';

export type SeverityOverride = Severity | 'off';

export interface DocsConfig {
  /** Master switch: when false the server publishes no diagnostics and answers no requests. */
  enable: boolean;
  /** Per diagnostic code (`sub.undefined`, `migration.unchecked`, …): a new severity, or `off`. */
  severity: Record<string, SeverityOverride>;
  /** Globs (workspace-relative) of Markdown files to leave out of the index and diagnostics. */
  exclude: string[];
  /** `sub.literal`: suggest `{{key}}` where plain text equals a substitution's value. Off by default. */
  suggestSubstitutions: boolean;
  /** Pages larger than this (bytes) get only cheap features and an Information diagnostic. */
  maxPageSize: number;
  /**
   * Check Markdown outside every docset too, in a workspace that has docsets (README.md, AGENTS.md, a chart's
   * README: not Elastic Docs pages). Off by default. A workspace without any docset is always checked page by page.
   */
  checkOutsideDocsets: boolean;
  /**
   * Moving or renaming pages, images and folders (workspace/willRenameFiles): `prompt` asks first (the client does),
   * `always` updates links and adds redirects, `never` leaves everything as it is.
   */
  updateLinksOnRename: 'prompt' | 'always' | 'never';
}

export const DEFAULT_CONFIG: DocsConfig = {
  enable: true,
  severity: {},
  exclude: [],
  suggestSubstitutions: false,
  maxPageSize: 4 * 1024 * 1024,
  checkOutsideDocsets: false,
  updateLinksOnRename: 'prompt',
};

/** Merges a partial, untrusted settings object (from the client or a file) over the defaults. */
export function resolveConfig(raw: unknown): DocsConfig {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: Record<string, SeverityOverride> = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [k, v] of Object.entries(r.severity as Record<string, unknown>)) {
      if (v === 'error' || v === 'warning' || v === 'information' || v === 'hint' || v === 'off') severity[k] = v;
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_CONFIG.enable,
    severity,
    exclude: Array.isArray(r.exclude) ? r.exclude.filter((x): x is string => typeof x === 'string') : [],
    suggestSubstitutions: typeof r.suggestSubstitutions === 'boolean' ? r.suggestSubstitutions : DEFAULT_CONFIG.suggestSubstitutions,
    maxPageSize: typeof r.maxPageSize === 'number' && r.maxPageSize > 0 ? r.maxPageSize : DEFAULT_CONFIG.maxPageSize,
    checkOutsideDocsets: typeof r.checkOutsideDocsets === 'boolean' ? r.checkOutsideDocsets : DEFAULT_CONFIG.checkOutsideDocsets,
    updateLinksOnRename: r.updateLinksOnRename === 'always' || r.updateLinksOnRename === 'never' ? r.updateLinksOnRename : DEFAULT_CONFIG.updateLinksOnRename,
  };
}
