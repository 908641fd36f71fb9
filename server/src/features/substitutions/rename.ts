// Rename a key across its docset: the definition (docset.yml `subs:` or the page's `sub:`) and every use, in one
// workspace edit. Refused, with a message the editor shows, for built-in keys, undefined keys, names docs-builder
// could not read back, reserved namespaces, and names that already exist.
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { RESERVED_SUBSTITUTION_PREFIXES, isReservedSubstitutionKey } from '../../data/builtinSubstitutions';
import { relativeUri } from '../../workspace';
import { RenameRefused, type FeatureContext } from '../types';
import { docsetUses, symbolScope, symbolUses } from './occurrences';
import { originShort } from './origin';
import { symbolAt, yamlKey, type SubSymbol } from './symbols';

function refuseUnrenamable(sym: SubSymbol): void {
  if (sym.kind === 'docset') return;
  const v = sym.value;
  if (!v) throw new RenameRefused(`{{${sym.rawKey}}} is not defined, so there is nothing to rename.`);
  if (v.origin.kind === 'builtin') throw new RenameRefused(`{{${v.rawKey}}} is built into docs-builder (${v.origin.source}): it cannot be renamed.`);
  if (v.origin.kind === 'context') throw new RenameRefused(`{{${v.rawKey}}} is set by docs-builder from the page title: it cannot be renamed.`);
  if (sym.kind === 'frontmatter' && v.origin.kind !== 'frontmatter') {
    throw new RenameRefused(`This front matter key redeclares the global {{${v.rawKey}}}, which docs-builder keeps (and reports an error): rename the global key from one of its uses, or remove this one.`);
  }
}

function symbolRange(ctx: FeatureContext, sym: SubSymbol): Range {
  const L = ctx.page.lines;
  if (sym.kind === 'use') return L.range(sym.use.keySpan.start, sym.use.keySpan.end);
  if (sym.kind === 'frontmatter') return L.range(sym.def.keySpan.start, sym.def.keySpan.end);
  return sym.sub.keyRange;
}

export function substitutionPrepareRename(ctx: FeatureContext, offset: number): { range: Range; placeholder: string } | undefined {
  const sym = symbolAt(ctx, offset);
  if (!sym) return undefined;
  refuseUnrenamable(sym);
  return { range: symbolRange(ctx, sym), placeholder: sym.rawKey };
}

function checkName(name: string): void {
  if (name === '' || /[\s{}|]/.test(name)) {
    throw new RenameRefused(`"${name}" cannot be a substitution key: docs-builder reads a key up to the first space, tab, line break, \`|\` or \`}\`.`);
  }
  if (isReservedSubstitutionKey(name)) {
    throw new RenameRefused(`Keys starting with ${RESERVED_SUBSTITUTION_PREFIXES.map((p) => `\`${p}\``).join(', ')} are reserved by docs-builder.`);
  }
}

/** Refuses a name another definition already holds: in scope here, in the docset file, or in a page's `sub:`. */
async function checkFree(ctx: FeatureContext, sym: SubSymbol, newKey: string): Promise<void> {
  const existing = ctx.subs.get(newKey);
  if (existing) throw new RenameRefused(`{{${existing.rawKey}}} already exists (${originShort(existing, ctx.page)}): choose another name.`);
  if (sym.kind === 'docset' && sym.docset.subs.has(newKey)) {
    const s = sym.docset.subs.get(newKey);
    throw new RenameRefused(`{{${s?.rawKey ?? newKey}}} already exists (line ${(s?.keyRange.start.line ?? 0) + 1}): choose another name.`);
  }
  const scope = symbolScope(ctx, sym);
  if (!('docsetUri' in scope)) return;
  // A page of the docset that defines the new name in its own front matter (and uses it) would change meaning.
  for (const uri of (await docsetUses(ctx, newKey, scope.docsetUri)).keys()) {
    const page = uri === ctx.doc.uri ? ctx.page : await ctx.pageOf(uri);
    if (page?.frontMatter?.subs.some((d) => d.key === newKey)) {
      const where = (ctx.docset && relativeUri(ctx.docset.root, uri)) ?? uri;
      throw new RenameRefused(`{{${newKey}}} is already defined in the front matter of ${where}: choose another name.`);
    }
  }
}

export async function substitutionRename(ctx: FeatureContext, offset: number, newName: string): Promise<WorkspaceEdit | undefined> {
  const sym = symbolAt(ctx, offset);
  if (!sym) return undefined;
  refuseUnrenamable(sym);
  const name = newName.trim();
  checkName(name);
  const newKey = name.toLowerCase();
  if (newKey !== sym.key) await checkFree(ctx, sym, newKey);

  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, range: Range, newText: string): void => {
    (changes[uri] ??= []).push({ range, newText });
  };
  if (sym.kind === 'docset') add(ctx.doc.uri, sym.sub.keyRange, yamlKey(name));
  else {
    const o = sym.value?.origin;
    if (o?.kind === 'docset') add(o.uri, o.keyRange, yamlKey(name));
    if (o?.kind === 'frontmatter') add(ctx.doc.uri, ctx.page.lines.range(o.keySpan.start, o.keySpan.end), yamlKey(name));
  }
  for (const [uri, ranges] of await symbolUses(ctx, sym)) for (const range of ranges) add(uri, range, name);
  return { changes };
}
