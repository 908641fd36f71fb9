// `{storybook}` rules that need neither the registry nor the network, with docs-builder's messages
// (StorybookBlock.cs): without `:id:`, the story needs `:project:`, `:storybook:` and `:story:` (the first one
// missing is reported, `directive.option-missing`, Error), and a docset without `storybook.registry` cannot render
// any story (`storybook.registry-missing`, Error). The positional-argument warning is in ./diagnostics.ts; what the
// registry holds (ids, render modes, heights) is not checked.
import type { DocDiagnostic } from '../../../types';
import type { FeatureContext } from '../../types';
import { openingSpan, prop } from './diagnostics';
import { docsetConfig } from './docsetConfig';

export async function storybookDiagnostics(ctx: FeatureContext): Promise<DocDiagnostic[]> {
  const { page, docset } = ctx;
  const out: DocDiagnostic[] = [];
  for (const d of page.directives) {
    if (d.name !== 'storybook') continue;
    const [s, e] = openingSpan(d);
    const error = (code: string, message: string) => out.push({ code, severity: 'error', message, range: page.lines.range(s, e) });
    const has = (name: string) => (prop(d, name)?.value.trim() ?? '') !== '';
    if (!has('id')) {
      const missing = ['project', 'storybook', 'story'].find((n) => !has(n));
      if (missing) {
        error('directive.option-missing', `storybook directive requires :id: or :${missing}:.`);
        continue;
      }
    }
    if (!docset) continue;
    const config = await docsetConfig(docset, ctx.workspace);
    if (!config.unknown && (config.storybookRegistry ?? '').trim() === '') error('storybook.registry-missing', 'storybook directive requires docset.yml storybook.registry.');
  }
  return out;
}
