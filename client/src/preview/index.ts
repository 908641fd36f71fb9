// The markdown-it plugin VS Code's Markdown preview loads (`contributes."markdown.markdownItPlugins"`, the
// `extendMarkdownIt` the client's activate returns): pages render as docs-builder renders them. It only registers
// rules on the instance it is given, so it needs no markdown-it of its own and runs on the web as on the desktop.
import { registerAnchors } from './anchors';
import { registerAppliesTo } from './appliesTo';
import { registerComments } from './comments';
import { registerDirectives } from './directives';
import { registerFrontMatter } from './frontMatter';
import { registerHeadings } from './headings';
import type { MarkdownIt } from './md';
import { registerState, type PreviewSource } from './state';
import { registerSubstitutions } from './substitutions';

export type { PreviewSource } from './state';

export function elasticDocsPreview<T>(md: T, source?: PreviewSource): T {
  const it = md as unknown as MarkdownIt;
  registerState(it, source);
  registerFrontMatter(it);
  registerComments(it);
  registerDirectives(it);
  registerSubstitutions(it);
  registerAnchors(it);
  registerAppliesTo(it);
  registerHeadings(it);
  return md;
}
