// applies_to keys and lifecycles.
// Mirrors elastic/docs-builder:
//   src/Elastic.Documentation.Configuration/Converters/ApplicableToYamlConverter.cs
//     (`_knownKeys`, the deployment / serverless / product key mappings, `VersionlessKeys`);
//   src/Elastic.Documentation/AppliesTo/Applicability.cs (lifecycle tokens, deprecated tokens);
//   src/Elastic.Documentation/AppliesTo/ProductLifecycle.cs and ProductLifecycleInfo.cs (names, display texts).
// Display names follow docs/_snippets/applies_to-key.md.

/** A lifecycle as docs-builder models it (enum `ProductLifecycle`). */
export type Lifecycle =
  | 'ga'
  | 'preview'
  | 'experimental'
  | 'beta'
  | 'deprecated'
  | 'removed'
  | 'unavailable'
  | 'development'
  | 'planned'
  | 'discontinued';

export interface LifecycleInfo {
  /** docs-builder's C# enum member name; used verbatim in the "Key '…': Multiple version declarations" hints. */
  enumName: string;
  /** Short badge text (`ProductLifecycleInfo.ShortName`). */
  display: string;
  description: string;
}

export const LIFECYCLE_INFO: Readonly<Record<Lifecycle, LifecycleInfo>> = {
  ga: { enumName: 'GenerallyAvailable', display: 'GA', description: 'Generally available.' },
  preview: { enumName: 'TechnicalPreview', display: 'Preview', description: 'Technical preview: may change or be removed in a future release.' },
  experimental: { enumName: 'Experimental', display: 'Experimental', description: 'Experimental: rapid iteration, less mature than a technical preview.' },
  beta: { enumName: 'Beta', display: 'Beta', description: 'Beta: feature complete but still being tested.' },
  deprecated: { enumName: 'Deprecated', display: 'Deprecated', description: 'Deprecated: still available, scheduled for removal.' },
  removed: { enumName: 'Removed', display: 'Removed', description: 'Removed: no longer available.' },
  unavailable: { enumName: 'Unavailable', display: 'Unavailable', description: 'Unavailable in this context, and not coming soon.' },
  development: { enumName: 'Development', display: 'Development', description: 'Obsolete lifecycle (dev / development).' },
  planned: { enumName: 'Planned', display: 'Planned', description: 'Obsolete lifecycle (coming / planned).' },
  discontinued: { enumName: 'Discontinued', display: 'Discontinued', description: 'Obsolete lifecycle (discontinued).' },
};

/** Every lifecycle token docs-builder accepts (lower-case; the lookup is case-insensitive). */
export const LIFECYCLE_TOKENS: Readonly<Record<string, Lifecycle>> = {
  ga: 'ga',
  preview: 'preview',
  'tech-preview': 'preview',
  experimental: 'experimental',
  beta: 'beta',
  deprecated: 'deprecated',
  removed: 'removed',
  unavailable: 'unavailable',
  dev: 'development',
  development: 'development',
  coming: 'planned',
  planned: 'planned',
  discontinued: 'discontinued',
};

/** Tokens that still work but give the "lifecycle is deprecated" Hint. */
export const DEPRECATED_LIFECYCLE_TOKENS: ReadonlySet<string> = new Set(['dev', 'development', 'coming', 'planned', 'discontinued']);

/** The list docs-builder prints in its "Unknown product lifecycle" error (it leaves out `unavailable`). */
export const VALID_LIFECYCLES_MESSAGE_LIST = 'ga, preview, tech-preview, experimental, beta, deprecated, removed';

/** Lifecycle tokens offered by completion, in the order of docs/_snippets/applies_to-lifecycle.md. */
export const SUGGESTED_LIFECYCLES: readonly Lifecycle[] = ['ga', 'preview', 'experimental', 'beta', 'deprecated', 'removed', 'unavailable'];

export interface AppliesKeyInfo {
  key: string;
  /** Short name for hover lines (ECH, ECE, Self-managed, Elasticsearch…). */
  short: string;
  name: string;
}

export const CATEGORY_KEYS: readonly AppliesKeyInfo[] = [
  { key: 'stack', short: 'Stack', name: 'Elastic Stack, including any Elastic Stack component' },
  { key: 'deployment', short: 'Deployment', name: 'Deployment types: ece, eck, ech (ess) and self' },
  { key: 'serverless', short: 'Serverless', name: 'Elastic Cloud Serverless project types' },
  { key: 'product', short: 'Product', name: 'A product with its own versioning scheme' },
];

/** Deployment keys in hover order. `ech` is an alias docs-builder stores into `ess`. */
export const DEPLOYMENT_KEYS: readonly AppliesKeyInfo[] = [
  { key: 'ece', short: 'ECE', name: 'Elastic Cloud Enterprise' },
  { key: 'eck', short: 'ECK', name: 'Elastic Cloud on Kubernetes' },
  { key: 'ess', short: 'ECH', name: 'Elastic Cloud Hosted (older key; prefer ech)' },
  { key: 'ech', short: 'ECH', name: 'Elastic Cloud Hosted' },
  { key: 'self', short: 'Self-managed', name: 'Self-managed deployments' },
];

export const SERVERLESS_KEYS: readonly AppliesKeyInfo[] = [
  { key: 'elasticsearch', short: 'Elasticsearch', name: 'Serverless Elasticsearch (search) projects' },
  { key: 'observability', short: 'Observability', name: 'Serverless Observability projects' },
  { key: 'security', short: 'Security', name: 'Serverless Security projects' },
  { key: 'vectordb', short: 'Vector Database', name: 'Serverless Elasticsearch Vector Database projects' },
];

/** Product keys that docs-builder maps (written with underscores; a hyphenated key is not mapped). */
export const PRODUCT_KEYS: readonly AppliesKeyInfo[] = [
  { key: 'ecctl', short: 'ECCTL', name: 'Elastic Cloud Control (ECCTL)' },
  { key: 'curator', short: 'Curator', name: 'Elasticsearch Curator' },
  { key: 'apm_agent_android', short: 'APM Android agent', name: 'Elastic APM Android agent' },
  { key: 'apm_agent_dotnet', short: 'APM .NET agent', name: 'Elastic APM .NET agent' },
  { key: 'apm_agent_go', short: 'APM Go agent', name: 'Elastic APM Go agent' },
  { key: 'apm_agent_ios', short: 'APM iOS agent', name: 'Elastic APM iOS agent' },
  { key: 'apm_agent_java', short: 'APM Java agent', name: 'Elastic APM Java agent' },
  { key: 'apm_agent_node', short: 'APM Node.js agent', name: 'Elastic APM Node.js agent' },
  { key: 'apm_agent_php', short: 'APM PHP agent', name: 'Elastic APM PHP agent' },
  { key: 'apm_agent_python', short: 'APM Python agent', name: 'Elastic APM Python agent' },
  { key: 'apm_agent_ruby', short: 'APM Ruby agent', name: 'Elastic APM Ruby agent' },
  { key: 'apm_agent_rum_js', short: 'APM RUM JavaScript agent', name: 'Elastic APM RUM JavaScript agent' },
  { key: 'edot_ios', short: 'EDOT iOS', name: 'Elastic Distribution of OpenTelemetry iOS' },
  { key: 'edot_android', short: 'EDOT Android', name: 'Elastic Distribution of OpenTelemetry Android' },
  { key: 'edot_collector', short: 'EDOT Collector', name: 'Elastic Distribution of OpenTelemetry Collector' },
  { key: 'edot_dotnet', short: 'EDOT .NET', name: 'Elastic Distribution of OpenTelemetry .NET' },
  { key: 'edot_java', short: 'EDOT Java', name: 'Elastic Distribution of OpenTelemetry Java' },
  { key: 'edot_node', short: 'EDOT Node.js', name: 'Elastic Distribution of OpenTelemetry Node.js' },
  { key: 'edot_browser', short: 'EDOT Browser', name: 'Elastic Distribution of OpenTelemetry Browser (RUM)' },
  { key: 'edot_php', short: 'EDOT PHP', name: 'Elastic Distribution of OpenTelemetry PHP' },
  { key: 'edot_python', short: 'EDOT Python', name: 'Elastic Distribution of OpenTelemetry Python' },
  { key: 'edot_cf_aws', short: 'EDOT Cloud Forwarder for AWS', name: 'Elastic Cloud Forwarder for AWS' },
  { key: 'edot_cf_azure', short: 'EDOT Cloud Forwarder for Azure', name: 'Elastic Cloud Forwarder for Azure' },
  { key: 'edot_cf_gcp', short: 'EDOT Cloud Forwarder for GCP', name: 'Elastic Cloud Forwarder for GCP' },
];

/** Keys whose value may not carry a version (`VersionlessKeys`). */
export const VERSIONLESS_KEYS: ReadonlySet<string> = new Set(['ess', 'ech', 'serverless', 'elasticsearch', 'observability', 'security', 'vectordb']);

/** The key name docs-builder validates a plain-string `deployment:` value under (it reuses `ess`). */
export const DEPLOYMENT_STRING_VALIDATION_KEY = 'ess';

/** `_` → `-`, the normalisation docs-builder applies before its known-key check. */
export function normalizeAppliesKey(key: string): string {
  // Most keys have no `_`: no new string for them.
  return key.includes('_') ? key.replace(/_/g, '-') : key;
}

/**
 * Keys that pass docs-builder's top-level known-key check, normalised. docs-builder adds the public-reference
 * product ids from `config/products.yml`; callers that know them pass them as `extraProductIds`.
 */
export function knownTopLevelKeys(extraProductIds: readonly string[] = []): Set<string> {
  const keys = [...CATEGORY_KEYS, ...DEPLOYMENT_KEYS, ...SERVERLESS_KEYS, ...PRODUCT_KEYS].map((k) => k.key);
  return new Set([...keys, ...extraProductIds].map(normalizeAppliesKey));
}
