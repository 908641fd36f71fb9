// Front-matter YAML errors with docs-builder's wording (spec §8 row 37), pinned to the YAML error's position.
import { diag, type RuleContext } from './context';
import type { DocDiagnostic } from '../types';

export function frontMatterRules(ctx: RuleContext): DocDiagnostic[] {
  return ctx.page.frontMatterProblems.map((p) => diag(ctx, 'frontmatter.yaml', 'error', `Failed to parse yaml front matter block. ${p.message}`, p.start, p.end));
}
