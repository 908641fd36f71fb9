// `{changelog}` rules that need no network, with docs-builder's messages (ChangelogBlock.cs): the deprecated
// `:product:` (`directive.option-deprecated`, Warning), `:link-visibility:` and `:description-visibility:` outside
// their values (`directive.option-value`, Warning), a `:config:` file that is not there (`changelog.config-missing`,
// Warning); with `:cdn:`, a product name that is not `[a-zA-Z0-9_-]+` (`directive.option-value`, Error), a folder
// argument it ignores (`directive.argument-ignored`, Warning) and a product not declared under `release_notes:` in
// docset.yml (`changelog.cdn-undeclared`, Error); without it, the bundles folder (the argument, default
// `changelog/bundles`, from the docset root) must stay inside the docset (`changelog.bundles-outside`), exist
// (`changelog.bundles-missing`) and hold `*.yaml` / `*.yml` files (`changelog.bundles-empty`), all Errors. Bundle
// contents and the CDN itself are not read. `:type:` is in ./diagnostics.ts.
import { getDirectiveOption } from '../../../data/directives';
import type { Docset } from '../../../docset/docset';
import type { Directive } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { relativeUri, resolvePath, type Workspace } from '../../../workspace';
import type { FeatureContext } from '../../types';
import { openingSpan, prop, type Emit } from './diagnostics';
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

async function checkConfig(d: Directive, docset: Docset, workspace: Workspace, emit: Emit): Promise<void> {
  const o = prop(d, 'config');
  const path = o?.value.trim() ?? '';
  if (!o || path === '') return;
  const uri = resolvePath(docset.root, path.replace(/^[/\\]+/, ''));
  if (!inWorkspace(workspace, uri)) return;
  const st = await workspace.stat(uri).catch(() => undefined);
  if (st?.type !== 'file') emit('changelog.config-missing', 'warning', `Specified changelog config path '${o.value}' not found.`, o.valueSpan.start, o.valueSpan.end);
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
  const uri = resolvePath(docset.root, (written || DEFAULT_BUNDLES).replace(/^\/+/, ''));
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
  if (entries && !entries.some(([name, type]) => type === 'file' && /\.ya?ml$/.test(name))) {
    emit('changelog.bundles-empty', 'error', `Changelog bundles folder \`${rel}\` contains no YAML files.`, ...at);
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
