// applies_to: parse (front matter node or YAML string), validate, render for hovers, complete.
export { parseAppliesToNode, parseAppliesToText } from './parse';
export type { AppliesNodeOptions, AppliesOptions, AppliesTextKind } from './parse';
export { renderApplicability, describeCollection, describeItem } from './render';
export { appliesToCompletionContext, appliesToCompletions } from './complete';
export type { AppliesKeyParent, AppliesToCompletionContext, AppliesToCompletionItem, AppliesToCompletionOptions } from './complete';
export { formatVersionSpec, parseVersionSpec } from './version';
export type {
  Applicability,
  ApplicabilityItem,
  AppliesCollection,
  AppliesDiagnostic,
  AppliesResult,
  AppliesSeverity,
  DeploymentApplicability,
  Lifecycle,
  SemVer,
  ServerlessApplicability,
  VersionSpec,
} from './model';
