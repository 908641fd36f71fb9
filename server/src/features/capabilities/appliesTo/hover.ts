// Hover on any applies_to site: the applicability as a readable list ("Stack: GA since 9.1", "Serverless (all
// project types): GA", …), rendered by appliesTo/render.ts.
import type { Hover } from 'vscode-languageserver-types';
import { renderApplicability } from '../../../appliesTo/index';
import type { FeatureContext } from '../../types';
import { markdownHover, within } from '../util';
import { appliesSites, type AppliesSiteKind } from './sites';

const TITLES: Record<AppliesSiteKind, string> = {
  frontmatter: 'Page applies to',
  block: 'Section applies to',
  role: 'Applies to',
  preview: 'Preview',
  item: 'Tab applies to',
  option: 'Applies to',
};

export function appliesToHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const site = appliesSites(ctx.page).filter((s) => within(s.span, offset)).pop();
  if (!site) return undefined;
  const a = site.result.applicability;
  const lines = a ? renderApplicability(a) : [];
  const body = lines.length > 0
    ? lines.map((l) => `- ${l}`).join('\n')
    : 'Nothing: docs-builder cannot read this definition, so no badge is shown.';
  return markdownHover(ctx.page, `**${TITLES[site.kind]}**\n\n${body}`, site.span);
}
