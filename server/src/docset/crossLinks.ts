// The `cross_links:` entries of docset.yml as docs-builder reads them (ConfigurationFile.ParseCrossLinkEntry): an
// entry is a repository name, or `<registry>://<repository>` with the registry `public` or `internal` (any case;
// .NET's enum parsing also takes the member's number). The docset's own `registry:` (default public, anything it
// cannot parse too) is the registry of entries without a prefix. Errors, each dropping the entry (so links to it are
// undeclared): nothing after the prefix, an unknown prefix, and an entry of a public docset that targets another
// registry. Pure: YAML nodes in, accepted entries out.
import { isScalar, isSeq, type Node } from 'yaml';
import { scalarString } from '../model/frontMatter';

/** `DocSetRegistry` as a number: 0 public, 1 internal; any other number parses too (and prints as that number). */
type Registry = number;

const NAMES = ['Public', 'Internal'];

/** `DocSetRegistryExtensions.TryParse(value, out r, ignoreCase: true)`: a member name in any case, or an Int32. */
function parseRegistry(value: string): Registry | undefined {
  const i = NAMES.findIndex((n) => n.toLowerCase() === value.toLowerCase());
  if (i >= 0) return i;
  if (!/^[\t-\r ]*[+-]?[0-9]+[\t-\r ]*$/.test(value)) return undefined;
  const n = Number(value.trim());
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** `ToStringFast()`: the member's name, else the number. */
function registryName(r: Registry): string {
  return NAMES[r] ?? String(r);
}

export type CrossLinkProblem = (code: string, message: string, node: Node) => void;

/** The entries docs-builder keeps (trimmed, as written), reporting the ones it rejects on their YAML node. */
export function checkCrossLinks(node: Node | undefined, registry: string | undefined, report: CrossLinkProblem): string[] {
  if (!isSeq(node)) return [];
  const own = (registry?.trim() ? parseRegistry(registry.trim()) : undefined) ?? 0;
  const out: string[] = [];
  for (const item of node.items) {
    const written = scalarString(item);
    if (written === undefined || written.trim() === '' || !isScalar(item)) continue;
    const raw = written.trim();
    let target = own;
    const sep = raw.indexOf('://');
    if (sep >= 0) {
      const prefix = raw.slice(0, sep);
      if (raw.slice(sep + 3).trim() === '') {
        report('docset.cross-link-empty', `Cross-link '${raw}' has empty repository after registry prefix.`, item);
        continue;
      }
      const parsed = parseRegistry(prefix);
      if (parsed === undefined) {
        report('docset.cross-link-registry', `Cross-link '${raw}' uses unknown registry '${prefix}'. Use 'public' or 'internal'.`, item);
        continue;
      }
      target = parsed;
    }
    if (own === 0 && target !== 0) {
      report('docset.cross-link-codex', `Public documentation cannot link to codex docs. Cross-link '${raw}' targets registry '${registryName(target)}'. Remove it or use a public docset.`, item);
      continue;
    }
    out.push(raw);
  }
  return out;
}
