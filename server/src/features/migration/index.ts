// The migration area's editor features, merged by ../registry.ts (one feature per file). The model of a page's
// migration blocks is model.ts; the custom requests (items, navigation target, toggle) are in requests.ts.
// `migration.unchecked` itself comes from the foundation's rules (diagnostics/migration.ts).
import type { Features, WorkspaceFeatures } from '../types';
import { migrationCodeActions } from './codeActions';
import { migrationCodeLenses } from './codeLens';
import { migrationDiagnostics } from './diagnostics';
import { migrationHover } from './hover';
import { migrationDefinition, migrationDocumentLinks } from './links';

export const migrationFeatures: Features = {
  diagnosticsNeedIndex: true,
  diagnostics: migrationDiagnostics,
  hover: migrationHover,
  definition: migrationDefinition,
  documentLinks: migrationDocumentLinks,
  codeActions: migrationCodeActions,
  codeLenses: migrationCodeLenses,
};

export const migrationWorkspaceFeatures: WorkspaceFeatures = {};
