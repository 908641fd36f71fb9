// `{changelog}` rules that need no network, with docs-builder's messages (ChangelogBlock.cs): the deprecated
// `:product:` (`directive.option-deprecated`, Warning), `:link-visibility:` and `:description-visibility:` outside
// their values (`directive.option-value`, Warning); a `:config:` path (leading `/` and `\` trimmed) that is absolute
// (`changelog.config-absolute`, Error; only a Windows drive path can be: files/paths.ts `rootedPath`), leaves the
// git checkout (`changelog.config-outside`, Error) or names no file (`changelog.config-missing`, Warning); with
// `:cdn:`, a product name that is not `[a-zA-Z0-9_-]+` (`directive.option-value`, Error), a folder argument it
// ignores (`directive.argument-ignored`, Warning) and a product not declared under `release_notes:` in docset.yml
// (`changelog.cdn-undeclared`, Error); without it, the bundles folder (the argument, default `changelog/bundles`,
// from the docset root, leading `/` trimmed) must not be absolute (`changelog.bundles-absolute`, Windows only), must
// stay inside the docset (`changelog.bundles-outside`), exist (`changelog.bundles-missing`) and hold `*.yaml` /
// `*.yml` files (`changelog.bundles-empty`), all Errors, and `:version:` must match one of its bundles
// (`changelog.version-unmatched`, Warning: ./changelogBundles.ts). The CDN is not read. `:type:` is in
// ./diagnostics.ts.
import { getDirectiveOption } from '../../../data/directives';
import type { Docset } from '../../../docset/docset';
import type { Directive } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { dirnameUri, joinUri, relativeUri, resolvePath, type Workspace } from '../../../workspace';
import { rootedPath } from '../../files/paths';
import type { FeatureContext } from '../../types';
import { openingSpan, prop, type Emit } from './diagnostics';
import { versionUnmatched } from './changelogBundles';
import { docsetConfig } from './docsetConfig';

const DEFAULT_BUNDLES = 'changelog/bundles';

function inWorkspace(workspace: Workspace, uri: string): boolean {
  return workspace.roots().some((r) => relativeUri(r, uri) !== undefined);
}

function checkVisibility(d: Directive, option: string, emit: Emit): void {
  const o = prop(d, option);
  const value = o?.value.trim() ?? '';
  const values = getDirectiveOption('changelog', option)?.values ?? [];
  if (!o || value === '' || values.length === 0 || values.includes(value.toLowerCase())) return;
  emit('directive.option-value', 'warning', `Invalid :${option}: value '${o.value}'. Valid values are: ${values.join(', ')}. Using auto.`, o.valueSpan.start, o.valueSpan.end);
}

/** Whether `dir` holds a `.git` (folder or file); undefined when it is outside the workspace (not looked at). */
async function hasGit(workspace: Workspace, dir: string): Promise<boolean | undefined> {
  if (!inWorkspace(workspace, dir)) return undefined;
  return (await workspace.stat(joinUri(dir, '.git')).catch(() => undefined)) !== undefined;
}

const within = (dir: string, uri: string) => (relativeUri(dir, uri) ?? '') !== '';

/**
 * Whether `uri` is outside the folder docs-builder trusts for a changelog config (`ConfigTrustRoot`): the git checkout
 * (`Paths.FindGitRoot` from the docset folder: that folder or its parent, whichever holds `.git` first), else the
 * docset folder. Undefined when that cannot be told without looking outside the workspace.
 */
async function outsideTrustRoot(workspace: Workspace, docset: Docset, uri: string): Promise<boolean | undefined> {
  const root = docset.root.replace(/\/$/, '');
  if (within(root, uri)) return false;
  const own = await hasGit(workspace, root);
  if (own !== false) return own;
  const parent = dirnameUri(root);
  if (!within(parent, uri)) return true;
  const git = await hasGit(workspace, parent);
  return git === undefined ? undefined : !git;
}

async function checkConfig(d: Directive, docset: Docset, workspace: Workspace, emit: Emit): Promise<void> {
  const o = prop(d, 'config');
  const path = o?.value.trim() ?? '';
  if (!o || path === '') return;
  const at: [number, number] = [o.valueSpan.start, o.valueSpan.end];
  const trimmed = path.replace(/^[/\\]+/, '');
  if (rootedPath(trimmed, docset.uri)) {
    emit('changelog.config-absolute', 'error', 'Changelog config path must not be an absolute path.', ...at);
    return;
  }
  const uri = resolvePath(docset.root, trimmed);
  if (await outsideTrustRoot(workspace, docset, uri)) {
    emit('changelog.config-outside', 'error', 'Changelog config path must resolve within the documentation directory.', ...at);
    return;
  }
  if (!inWorkspace(workspace, uri)) return;
  const st = await workspace.stat(uri).catch(() => undefined);
  if (st?.type !== 'file') emit('changelog.config-missing', 'warning', `Specified changelog config path '${o.value}' not found.`, ...at);
}

async function checkCdn(d: Directive, docset: Docset, workspace: Workspace, emit: Emit): Promise<void> {
  const o = prop(d, 'cdn');
  const product = o?.value.trim() ?? '';
  // A valueless `:cdn:` takes its product from the git repository: not known here.
  if (!o || product === '') return;
  if (!/^[A-Za-z0-9_-]+$/.test(product)) {
    emit('directive.option-value', 'error', `Invalid :cdn: product '${product}'. Product names must match [a-zA-Z0-9_-]+.`, o.valueSpan.start, o.valueSpan.end);
    return;
  }
  if (d.argument.trim() !== '') emit('directive.argument-ignored', 'warning', 'The bundles folder argument is ignored when :cdn: is set; bundles are sourced from the CDN.', d.argumentSpan.start, d.argumentSpan.end);
  const config = await docsetConfig(docset, workspace);
  if (!config.unknown && !config.releaseNotes.has(product.toLowerCase())) {
    emit('changelog.cdn-undeclared', 'error', `The :cdn: product '${product}' is not declared in docset.yml. Add it under 'release_notes:', for example:\n  release_notes:\n    - product: ${product}`, o.valueSpan.start, o.valueSpan.end);
  }
}

async function checkBundles(d: Directive, docset: Docset, workspace: Workspace, emit: Emit): Promise<void> {
  const [s, e] = openingSpan(d);
  const written = d.argument.trim();
  const at: [number, number] = written === '' ? [s, e] : [d.argumentSpan.start, d.argumentSpan.end];
  const trimmed = (written || DEFAULT_BUNDLES).replace(/^\/+/, '');
  if (rootedPath(trimmed, docset.uri)) {
    emit('changelog.bundles-absolute', 'error', 'Changelog bundles path must not be an absolute path.', ...at);
    return;
  }
  const uri = resolvePath(docset.root, trimmed);
  const rel = relativeUri(docset.root, uri);
  if (rel === undefined) {
    emit('changelog.bundles-outside', 'error', 'Changelog bundles path must resolve within the documentation source directory.', ...at);
    return;
  }
  if (!inWorkspace(workspace, uri)) return;
  const st = await workspace.stat(uri).catch(() => undefined);
  if (st?.type !== 'directory') {
    emit('changelog.bundles-missing', 'error', `Changelog bundles folder \`${rel}\` does not exist.`, ...at);
    return;
  }
  const entries = await workspace.readDirectory(uri).catch(() => undefined);
  if (!entries) return;
  if (!entries.some(([name, type]) => type === 'file' && /\.ya?ml$/.test(name))) {
    emit('changelog.bundles-empty', 'error', `Changelog bundles folder \`${rel}\` contains no YAML files.`, ...at);
    return;
  }
  const v = prop(d, 'version');
  const version = v?.value.trim() ?? '';
  if (v && version !== '' && (await versionUnmatched(workspace, uri, entries, version))) {
    emit('changelog.version-unmatched', 'warning', `No changelog bundle matches :version: '${version}'.`, v.valueSpan.start, v.valueSpan.end);
  }
}

export async function changelogDiagnostics(ctx: FeatureContext): Promise<DocDiagnostic[]> {
  const { page, docset, workspace } = ctx;
  const out: DocDiagnostic[] = [];
  const emit: Emit = (code, severity, message, start, end) => out.push({ code, severity, message, range: page.lines.range(start, end) });
  for (const d of page.directives) {
    if (d.name !== 'changelog') continue;
    const product = prop(d, 'product');
    if (product && product.value.trim() !== '') {
      emit('directive.option-deprecated', 'warning', 'The :product: option is deprecated and has no effect. The directive does not apply rules.publish. Move type/area filtering to rules.bundle so it applies at bundle time.', product.keySpan.start, product.valueSpan.end);
    }
    checkVisibility(d, 'link-visibility', emit);
    checkVisibility(d, 'description-visibility', emit);
    if (!docset) continue;
    await checkConfig(d, docset, workspace, emit);
    if (d.options.some((o) => o.key === 'cdn')) await checkCdn(d, docset, workspace, emit);
    else await checkBundles(d, docset, workspace, emit);
  }
  return out;
}
