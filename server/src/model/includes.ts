// The `{include}` directives of a page that docs-builder follows as snippets (a `:literal:` include is a code block).
import type { Directive, Page } from './types';

export function includeDirectives(page: Page): Directive[] {
  return page.directives.filter((d) => d.name === 'include' && d.argument.trim() !== '' && !d.options.some((o) => o.key === 'literal' && o.value !== 'false'));
}
