// The substitutions area's editor features, merged by ../registry.ts (one feature per file):
// hover.ts, completion.ts, navigation.ts (definition, references, highlights), rename.ts, literal.ts
// (`sub.literal`), linkTemplates.ts (templated link URLs),
// asciidocAttributes.ts (`{es}` left from AsciiDoc), unused.ts (`sub.unused` on docset.yml), codeActions.ts. bench.ts times a docset-wide rename.
import type { Features, WorkspaceFeatures } from '../types';
import { asciidocAttributeDiagnostics } from './asciidocAttributes';
import { substitutionCodeActions } from './codeActions';
import { substitutionCompletion } from './completion';
import { substitutionHover } from './hover';
import { linkTemplateDiagnostics } from './linkTemplates';
import { literalDiagnostics } from './literal';
import { substitutionDefinition, substitutionHighlights, substitutionReferences } from './navigation';
import { substitutionPrepareRename, substitutionRename } from './rename';
import { unusedSubstitutions } from './unused';

export const substitutionsFeatures: Features = {
  diagnostics: (ctx) => [...linkTemplateDiagnostics(ctx), ...asciidocAttributeDiagnostics(ctx), ...literalDiagnostics(ctx)],
  hover: substitutionHover,
  completion: substitutionCompletion,
  definition: substitutionDefinition,
  references: substitutionReferences,
  prepareRename: substitutionPrepareRename,
  rename: substitutionRename,
  documentHighlights: substitutionHighlights,
  codeActions: substitutionCodeActions,
};

export const substitutionsWorkspaceFeatures: WorkspaceFeatures = {
  docsetDiagnostics: (docset, index) => unusedSubstitutions(docset, index),
};
