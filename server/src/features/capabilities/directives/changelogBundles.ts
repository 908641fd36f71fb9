// `{changelog}`'s `:version:` against the bundles of a local folder, as docs-builder loads and filters them
// (Configuration/ReleaseNotes/BundleLoader.cs, ChangelogVersionMatch.cs, ChangelogBlock.FilterByVersion): every
// `*.yaml` / `*.yml` file directly in the folder that reads as a bundle (YAML that does not, or an empty file, is
// skipped); its version is the `target` of its first product, else its file name without the extension; an amend
// file (`<name>.amend-<n>.yaml`) whose bundle is there is merged into it. A bundle matches when the requested value
// equals (ignoring case) its version or its file name, with or without the extension. When none matches (and there
// are bundles), Warning `No changelog bundle matches :version: '<v>'.` (`changelog.version-unmatched`). CDN bundles
// are not fetched, so `:cdn:` with `:version:` is not checked.
import { isMap, isScalar, isSeq } from 'yaml';
import { parseYamlDocument } from '../../../model/yamlFast';
import { joinUri, type Workspace } from '../../../workspace';

interface LoadedBundle {
  version: string;
  file: string;
}

/** A bundle file's version, or undefined when docs-builder would not load it. */
function bundleVersion(text: string, file: string): string | undefined {
  let doc;
  try {
    doc = parseYamlDocument(text, { uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const products = doc.contents.get('products', true);
  if (products !== undefined && products !== null && !isSeq(products) && !(isScalar(products) && products.value === null)) return undefined;
  const first = isSeq(products) ? products.items[0] : undefined;
  const target = isMap(first) ? first.get('target', true) : undefined;
  // YamlDotNet reads the scalar's text (`9.10` stays `9.10`), not a number.
  if (isScalar(target) && target.value !== null) return typeof target.value === 'string' ? target.value : (target.source ?? String(target.value));
  return file.replace(/\.[^.]*$/, '');
}

const AMEND = /\.amend-\d+\.ya?ml$/i;

/** The bundles docs-builder loads from `folder` (`entries`: its listing). */
async function loadBundles(workspace: Workspace, folder: string, entries: [string, string][]): Promise<LoadedBundle[]> {
  const files = entries.filter(([name, type]) => type === 'file' && /\.ya?ml$/.test(name)).map(([name]) => name);
  const out: LoadedBundle[] = [];
  for (const file of files) {
    const text = await workspace.readFile(joinUri(folder, file)).catch(() => undefined);
    if (text === undefined) continue;
    const version = bundleVersion(text, file);
    if (version !== undefined) out.push({ version, file });
  }
  const names = new Set(out.map((b) => b.file.toLowerCase()));
  return out.filter((b) => {
    if (!AMEND.test(b.file)) return true;
    const parent = b.file.replace(AMEND, b.file.slice(b.file.lastIndexOf('.')));
    return !names.has(parent.toLowerCase());
  });
}

function matches(requested: string, bundle: LoadedBundle): boolean {
  const v = requested.toLowerCase();
  const stem = bundle.file.replace(/\.[^.]*$/, '');
  return (bundle.version.trim() !== '' && bundle.version.trim().toLowerCase() === v) || bundle.file.toLowerCase() === v || stem.toLowerCase() === v;
}

/** Whether `:version:` (trimmed, not empty) misses every bundle of the folder, which holds YAML files. */
export async function versionUnmatched(workspace: Workspace, folder: string, entries: [string, string][], version: string): Promise<boolean> {
  const bundles = await loadBundles(workspace, folder, entries);
  return bundles.length > 0 && !bundles.some((b) => matches(version, b));
}
