// Hover on a `{{key | mutations}}` use: the value it renders as, each mutation step (`9.1.3 → M.M → 9.1`), where
// the key is defined, and notes where docs-builder does something surprising. Hover on a mutation name: what
// it does, and what it does here.
import type { Hover } from 'vscode-languageserver-types';
import type { SubScope, SubValue } from '../../docset/substitutions';
import type { Page, SubUse } from '../../model/types';
import { applyMutations, MAX_MUTATIONS, MUTATIONS, resolveMutation } from '../../substitutions/mutations';
import type { FeatureContext } from '../types';
import { originMarkdown } from './origin';
import { codeSpan, isSubstitution, useAt } from './symbols';

/** docs-builder applies no mutation when an inline use has 10 or more (titles, code, URLs apply them all). */
export function mutationsApplied(use: SubUse): boolean {
  const inline = use.context === 'text' || use.context === 'comment' || use.context === 'role';
  return !inline || use.mutations.length < MAX_MUTATIONS;
}

/** The value a use renders as, with the steps that got there. */
export function renderUse(use: SubUse, value: SubValue): { result: string; chain: string | undefined; unknown: readonly string[]; tooMany: boolean } {
  if (use.mutations.length === 0) return { result: value.value, chain: undefined, unknown: [], tooMany: false };
  if (!mutationsApplied(use)) return { result: value.value, chain: undefined, unknown: [], tooMany: true };
  const r = applyMutations(value.value, use.mutations.map((m) => m.name));
  const chain = r.steps.length ? [value.value, ...r.steps.flatMap((s) => [s.mutation, s.output])].join(' → ') : undefined;
  return { result: r.result, chain, unknown: r.unknown, tooMany: false };
}

function shadowNote(page: Page, scope: SubScope, key: string): string | undefined {
  const d = scope.shadowed.find((s) => s.key === key);
  if (!d) return undefined;
  return `This page's front matter also defines it (line ${page.lines.lineAt(d.keySpan.start) + 1}): docs-builder keeps the global value and reports an error.`;
}

function useHover(use: SubUse, value: SubValue | undefined, ctx: FeatureContext): string {
  if (!value) return `**${use.rawKey}** is not defined: docs-builder renders \`{{${use.rawKey}}}\` as written.`;
  const r = renderUse(use, value);
  const parts = [`**${use.rawKey}** → ${codeSpan(r.result)}`];
  if (r.chain) parts.push(codeSpan(r.chain));
  if (r.tooMany) parts.push(`${use.mutations.length} mutations: docs-builder applies none of them when there are ${MAX_MUTATIONS} or more.`);
  for (const u of r.unknown) parts.push(`${codeSpan(u)} is not a mutation: docs-builder reports it and skips it.`);
  parts.push(originMarkdown(value, ctx.page));
  const shadow = shadowNote(ctx.page, ctx.subs, use.key);
  if (shadow) parts.push(shadow);
  return parts.join('\n\n');
}

function mutationHover(use: SubUse, index: number, value: SubValue | undefined): string {
  const m = use.mutations[index];
  const resolved = resolveMutation(m.name);
  if (!resolved) return `**${m.name}** is not a docs-builder mutation: it is reported and skipped. Mutations: ${MUTATIONS.map((x) => `\`${x.name}\``).join(', ')}.`;
  if (!resolved.info) return `**${m.name}** is a number outside docs-builder's mutation list: accepted, and it changes nothing.`;
  const parts = [`**${resolved.info.name}**: ${resolved.info.description}`];
  if (value && mutationsApplied(use)) {
    const before = applyMutations(value.value, use.mutations.slice(0, index).map((x) => x.name)).result;
    const after = applyMutations(before, [m.name]).result;
    parts.push(`Here: ${codeSpan(before)} → ${codeSpan(after)}`);
  }
  return parts.join('\n\n');
}

export function substitutionHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const use = useAt(ctx.page, offset);
  if (!use || !isSubstitution(use, ctx.subs)) return undefined;
  const value = ctx.subs.get(use.key);
  const L = ctx.page.lines;
  const mi = use.mutations.findIndex((m) => m.span.start <= offset && offset <= m.span.end);
  if (mi >= 0) {
    const m = use.mutations[mi];
    return { contents: { kind: 'markdown', value: mutationHover(use, mi, value) }, range: L.range(m.span.start, m.span.end) };
  }
  return { contents: { kind: 'markdown', value: useHover(use, value, ctx) }, range: L.range(use.start, use.end) };
}
