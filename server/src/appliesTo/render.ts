// Readable lines for a hover: "Stack: GA since 9.1", "Serverless (all project types): GA",
// "Deployment: ECE GA since 3.0, ECH GA".
import { DEPLOYMENT_KEYS, LIFECYCLE_INFO, PRODUCT_KEYS, SERVERLESS_KEYS, type AppliesKeyInfo } from '../data/appliesTo';
import type { Applicability, ApplicabilityItem, AppliesCollection } from './model';
import { formatSemVer } from './version';

/** One item: `GA`, `GA since 9.1`, `Preview in 9.0 only`, `Beta from 9.0 to 9.1`. */
export function describeItem(item: ApplicabilityItem): string {
  const name = LIFECYCLE_INFO[item.lifecycle].display;
  const v = item.version;
  if (!v || v.kind === 'all') return name;
  if (v.kind === 'gte') return `${name} since ${formatSemVer(v.min, v.showMinPatch)}`;
  if (v.kind === 'exact') return `${name} in ${formatSemVer(v.min, v.showMinPatch)} only`;
  return `${name} from ${formatSemVer(v.min, v.showMinPatch)} to ${formatSemVer(v.max, v.showMaxPatch)}`;
}

/** A key's items, highest version first: `GA since 9.1, Preview in 9.0 only`. */
export function describeCollection(c: AppliesCollection): string {
  return c.map(describeItem).join(', ');
}

/**
 * Sub-keys of deployment or serverless. All four the same: `<Title> (<allLabel>): GA`; otherwise each present
 * one, `<Title>: ECE GA since 3.0, ECH GA` (`;` between them when an entry has several items).
 */
function groupLine(
  title: string, allLabel: string, keys: readonly AppliesKeyInfo[], group: Partial<Record<string, AppliesCollection>>,
): string | undefined {
  const present = keys.filter((k) => group[k.key] !== undefined);
  if (present.length === 0) return undefined;
  const texts = present.map((k) => describeCollection(group[k.key] as AppliesCollection));
  if (present.length === keys.length && texts.every((t) => t === texts[0])) return `${title} (${allLabel}): ${texts[0]}`;
  const sep = present.some((k) => (group[k.key] as AppliesCollection).length > 1) ? '; ' : ', ';
  return `${title}: ${present.map((k, i) => `${k.short} ${texts[i]}`).join(sep)}`;
}

/** Hover lines for an applies_to value, in docs-builder's order: stack, deployment, serverless, products. */
export function renderApplicability(a: Applicability): string[] {
  if (a.all) return ['Everything: GA (stack, all deployment types, all serverless project types, products)'];
  const lines: string[] = [];
  if (a.stack) lines.push(`Stack: ${describeCollection(a.stack)}`);
  const deploymentKeys = DEPLOYMENT_KEYS.filter((k) => k.key !== 'ech');
  const deployment = a.deployment && groupLine('Deployment', 'all types', deploymentKeys, { ...a.deployment });
  if (deployment) lines.push(deployment);
  const serverless = a.serverless && groupLine('Serverless', 'all project types', SERVERLESS_KEYS, { ...a.serverless });
  if (serverless) lines.push(serverless);
  if (a.product) lines.push(`Product: ${describeCollection(a.product)}`);
  for (const p of PRODUCT_KEYS) {
    const c = a.products?.[p.key];
    if (c) lines.push(`${p.short}: ${describeCollection(c)}`);
  }
  return lines;
}
