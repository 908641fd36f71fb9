// The applies_to model as docs-builder builds it (src/Elastic.Documentation/AppliesTo/ApplicableTo.cs), and the
// result shape shared by the front-matter and the string entry points.
import type { Lifecycle } from '../data/appliesTo';
import type { VersionSpec } from './version';

export type { Lifecycle } from '../data/appliesTo';
export type { SemVer, VersionSpec } from './version';

/** One `<lifecycle> [version]` item. `version` is undefined when none was given or the token was invalid. */
export interface ApplicabilityItem {
  lifecycle: Lifecycle;
  version?: VersionSpec;
}

/** The items of one key, after docs-builder's version inference, sorted by version, highest first. */
export type AppliesCollection = ApplicabilityItem[];

export interface DeploymentApplicability {
  ece?: AppliesCollection;
  eck?: AppliesCollection;
  /** Elastic Cloud Hosted; written `ess` or `ech`. */
  ess?: AppliesCollection;
  self?: AppliesCollection;
}

export interface ServerlessApplicability {
  elasticsearch?: AppliesCollection;
  observability?: AppliesCollection;
  security?: AppliesCollection;
  vectordb?: AppliesCollection;
}

export interface Applicability {
  /** `applies_to: all`: stack, every deployment type, every serverless project type and product are GA. */
  all?: boolean;
  stack?: AppliesCollection;
  deployment?: DeploymentApplicability;
  serverless?: ServerlessApplicability;
  /** `product: <lifecycle> [version]`: a product with its own versioning. */
  product?: AppliesCollection;
  /** Product keys (`apm_agent_java`, `edot_collector`…), at top level or under `product:`. */
  products?: Record<string, AppliesCollection>;
}

export type AppliesSeverity = 'error' | 'warning' | 'hint';

export interface AppliesDiagnostic {
  /** `applies.unknown-lifecycle`, `applies.unversioned`, … */
  code: string;
  severity: AppliesSeverity;
  message: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
}

export interface AppliesResult {
  applicability: Applicability | undefined;
  diagnostics: AppliesDiagnostic[];
}

/** A scalar's text and where it sits in the original text. */
export interface TextLoc {
  text: string;
  start: number;
  end: number;
  /** True when `text[i]` is at `start + i` (a one-line plain or unescaped quoted scalar). */
  direct: boolean;
}

/** Offsets of `text[i..j)`, or of the whole scalar when characters cannot be mapped one to one. */
export function locSpan(loc: TextLoc, i: number, j: number): { start: number; end: number } {
  return loc.direct ? { start: loc.start + i, end: loc.start + j } : { start: loc.start, end: loc.end };
}

export type DiagnosticSink = (code: string, severity: AppliesSeverity, message: string, span: { start: number; end: number }) => void;
