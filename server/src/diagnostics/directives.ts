// Directive rules docs-builder lacks or words loosely (spec §5.1): unclosed blocks, inner fences as long as
// their parent's (which close the wrong block), unknown and unsupported directives, unknown options.
import { getDirective, UNSUPPORTED_DIRECTIVES } from '../data/directives';
import { diag, type RuleContext } from './context';
import type { DocDiagnostic } from '../types';

export function directiveRules(ctx: RuleContext): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  const { directives } = ctx.page;
  for (const d of directives) {
    const fence = d.fenceChar.repeat(d.fenceLength);
    const parent = d.parent !== undefined ? directives[d.parent] : undefined;
    // Only when it happened: a closing fence indented 4 or more columns past the parent's container (a list item
    // in between, say) cannot close the parent, and then the child's own fence closes the child.
    if (parent && parent.fenceChar === d.fenceChar && d.fenceLength >= parent.fenceLength && d.closedBy !== 'fence') {
      out.push(diag(ctx, 'directive.fence-nesting', 'warning',
        `{${d.name}} is nested in {${parent.name}} with a fence as long as its parent's (${fence} inside ${parent.fenceChar.repeat(parent.fenceLength)}): the next ${parent.fenceChar.repeat(parent.fenceLength)} line closes {${parent.name}}, not {${d.name}}. Give the outer directive more ${parent.fenceChar === ':' ? 'colons' : 'backticks'}.`,
        d.open.start, d.open.start + d.fenceLength, { parentFence: parent.fenceLength, fence: d.fenceLength }));
    } else if (d.closedBy === 'eof') {
      out.push(diag(ctx, 'directive.unclosed', 'warning', `{${d.name}} opened with ${fence} is never closed: the rest of the page becomes its body. Add a closing ${fence} line.`, d.open.start, d.nameSpan.end + 1));
    } else if (d.closedBy === 'parent' && parent) {
      // Rendered as intended (Markdig closes the child with its parent), so only a hint.
      out.push(diag(ctx, 'directive.unclosed', 'hint', `{${d.name}} is not closed before {${parent.name}} ends: its ${fence} closing line is missing.`, d.open.start, d.nameSpan.end + 1));
    } else if (d.closedBy === 'container') {
      // Markdig closes it with the list item, block quote or definition holding it: only a hint.
      out.push(diag(ctx, 'directive.unclosed', 'hint', `{${d.name}} is not closed before the list item or block quote holding it ends: its ${fence} closing line is missing.`, d.open.start, d.nameSpan.end + 1));
    }
    const issue = UNSUPPORTED_DIRECTIVES.get(d.name);
    if (issue !== undefined) {
      out.push(diag(ctx, 'directive.unsupported', 'warning', `Directive block '${d.name}' is unsupported. See https://github.com/elastic/docs-builder/issues/${issue} for more information.`, d.nameSpan.start, d.nameSpan.end));
      continue;
    }
    const info = getDirective(d.name);
    if (!info) {
      out.push(diag(ctx, 'directive.unknown', 'warning', `Unknown directive {${d.name}}: docs-builder renders its content as plain Markdown.`, d.nameSpan.start, d.nameSpan.end, { name: d.name }));
      continue;
    }
    for (const o of d.options) {
      const known = info.options.some((k) => k.name === o.key || (k.aliases ?? []).includes(o.key));
      if (!known) {
        const names = info.options.map((k) => `:${k.name}:`).join(', ') || 'none';
        out.push(diag(ctx, 'directive.option-unknown', 'warning', `Unknown option ':${o.key}:' for {${d.name}}: docs-builder ignores it. Valid options: ${names}.`, o.keySpan.start, o.keySpan.end, { name: d.name, option: o.key }));
      }
    }
  }
  for (const s of ctx.page.strayFences) {
    const prev = directives.filter((d) => d.close === undefined && d.start < s.start).pop();
    if (prev) out.push(diag(ctx, 'directive.fence-nesting', 'warning', `This fence closes nothing: an earlier fence already closed the block it was meant for (see {${prev.name}} on line ${ctx.page.lines.lineAt(prev.start) + 1}). Give outer directives more colons than inner ones.`, s.start, s.end));
  }
  return out;
}
