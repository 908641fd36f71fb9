// `{storybook}` rules that need neither the registry nor the network, with docs-builder's messages
// (StorybookBlock.cs): without `:id:`, the story needs `:project:`, `:storybook:` and `:story:` (the first one
// missing is reported, `directive.option-missing`, Error), a docset without `storybook.registry` cannot render
// any story (`storybook.registry-missing`, Error), and `:height:` must be a positive integer
// (`directive.option-value`, Warning). The positional-argument warning is in ./diagnostics.ts. What the registry
// holds (ids, render modes) is not checked: docs-builder checks `:height:` only once the registry has the story, and
// names the story's own height as the default when it has one (this says 400, docs-builder's default).
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
    if (config.unknown) continue;
    if ((config.storybookRegistry ?? '').trim() === '') {
      error('storybook.registry-missing', 'storybook directive requires docset.yml storybook.registry.');
      continue;
    }
    const height = prop(d, 'height');
    if (height && height.value.trim() !== '' && !positiveInt32(height.value)) {
      out.push({
        code: 'directive.option-value', severity: 'warning', range: page.lines.range(height.valueSpan.start, height.valueSpan.end),
        message: `storybook directive :height: must be a positive integer. Got '${height.value}', using default ${DEFAULT_HEIGHT}px.`,
      });
    }
  }
  return out;
}

/** The iframe height docs-builder falls back to (when the registry story gives none: the registry is not read). */
const DEFAULT_HEIGHT = 400;

/** .NET `int.TryParse(value.Trim(), out h) && h > 0`. */
function positiveInt32(value: string): boolean {
  const t = value.trim();
  if (!/^[+-]?[0-9]+$/.test(t)) return false;
  const n = Number(t);
  return n > 0 && n <= 2147483647;
}
