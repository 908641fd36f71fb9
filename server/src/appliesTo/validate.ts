// Rules on one key's items, as docs-builder's ValidateApplicabilityCollection
// (src/Elastic.Documentation.Configuration/Converters/ApplicableToYamlConverter.cs): no version on versionless keys
// (Error), then four Hints (docs-builder downgraded them "until the currently available docs are adjusted").
import { LIFECYCLE_INFO, VERSIONLESS_KEYS } from '../data/appliesTo';
import type { DiagnosticSink } from './model';
import type { ParsedItem, Span } from './collection';
import { ALL_VERSIONS, compareSemVer, type SemVer, type VersionSpec } from './version';

type Versioned = Exclude<VersionSpec, { kind: 'all' }>;

function versionOf(item: ParsedItem): Versioned | undefined {
  return item.version && item.version.kind !== 'all' ? item.version : undefined;
}

const le = (a: SemVer, b: SemVer): boolean => compareSemVer(a, b) <= 0;

/** Whether two version specs cover a common version; a range ending where a `>=` starts is a version bump, not an overlap. */
export function versionsOverlap(v1: Versioned, v2: Versioned): boolean {
  if (v1.kind === 'range' && v2.kind === 'gte' && le(v1.max, v2.min)) return false;
  if (v2.kind === 'range' && v1.kind === 'gte' && le(v2.max, v1.min)) return false;
  const end = (v: Versioned): SemVer => (v.kind === 'range' ? v.max : v.kind === 'exact' ? v.min : ALL_VERSIONS);
  return le(v1.min, end(v2)) && le(v2.min, end(v1));
}

/**
 * Validates the items of `key` (the name docs-builder reads them under: `stack`, `ece`, `apm_agent_java`, `ess` for a
 * plain-string `deployment:`…). `valueSpan` is the whole value, used by the rules about the set of items.
 */
export function validateCollection(key: string, items: ParsedItem[], valueSpan: Span, report: DiagnosticSink): void {
  if (VERSIONLESS_KEYS.has(key)) {
    const versioned = items.find((i) => versionOf(i));
    if (versioned) {
      report('applies.unversioned', 'error',
        `Can't specify a version for '${key}' because this product is not versioned. Remove the version, or use 'stack:' for version-specific requirements.`,
        versioned.versionSpan ?? versioned.span);
    }
    return;
  }

  const counts = new Map<string, number>();
  for (const item of items) {
    if (versionOf(item)) counts.set(item.lifecycle, (counts.get(item.lifecycle) ?? 0) + 1);
    else if (!counts.has(item.lifecycle)) counts.set(item.lifecycle, 0);
  }
  const repeated = [...counts].filter(([, n]) => n > 1).map(([l]) => LIFECYCLE_INFO[l as ParsedItem['lifecycle']].enumName);
  if (repeated.length > 0) {
    report('applies.version-rules', 'hint',
      `Key '${key}': Multiple version declarations found for lifecycle(s): ${repeated.join(', ')}. Only one version per lifecycle is allowed.`, valueSpan);
  }

  if (items.filter((i) => versionOf(i)?.kind === 'gte').length > 1) {
    report('applies.version-rules', 'hint',
      `Key '${key}': Multiple items use greater-than-or-equal syntax. Only one item per key can use this syntax.`, valueSpan);
  }

  const invalid = items.filter((i) => {
    const v = versionOf(i);
    return v?.kind === 'range' && compareSemVer(v.min, v.max) > 0;
  });
  if (invalid.length > 0) {
    const list = invalid.map((i) => {
      const v = i.version as Extract<VersionSpec, { kind: 'range' }>;
      return `${LIFECYCLE_INFO[i.lifecycle].enumName} (${v.min.major}.${v.min.minor}-${v.max.major}.${v.max.minor})`;
    });
    const at = invalid.length === 1 ? invalid[0].versionSpan ?? valueSpan : valueSpan;
    report('applies.version-rules', 'hint',
      `Key '${key}': Invalid range(s) where first version is greater than last version: ${list.join(', ')}.`, at);
  }

  const versioned = items.map(versionOf).filter((v): v is Versioned => v !== undefined);
  const overlap = versioned.some((v, i) => versioned.slice(i + 1).some((w) => versionsOverlap(v, w)));
  if (overlap) {
    report('applies.version-rules', 'hint',
      `Key '${key}': Overlapping version ranges detected. Ensure version ranges do not overlap within the same key.`, valueSpan);
  }
}
