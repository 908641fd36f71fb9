// The migration area's editor features, merged by ../registry.ts (one feature per file). The model of a page's
// migration blocks is model.ts; the custom requests (items, navigation target, toggle) are in requests.ts.
// `migration.unchecked` itself comes from the foundation's rules (diagnostics/migration.ts).
import type { BatchDiagnostics, Features, WorkspaceFeatures } from '../types';
import { migrationCodeActions } from './codeActions';
import { migrationCodeLenses } from './codeLens';
import { gatherMigration, migrationDiagnostics, type MigrationInput } from './diagnostics';
import { migrationHover } from './hover';
import { migrationDefinition, migrationDocumentLinks } from './links';
import { lookupOf } from './sources';

const batch: BatchDiagnostics = {
  gather: (ctx) => gatherMigration(ctx.page),
  resolver(env) {
    const lookup = lookupOf(env);
    return (uri, data) => migrationDiagnostics(lookup, env.workspace, uri, data as MigrationInput);
  },
};

export const migrationFeatures: Features = {
  diagnosticsNeedIndex: true,
  batch,
  diagnostics: (ctx) => batch.resolver(ctx)(ctx.doc.uri, batch.gather(ctx)),
  hover: migrationHover,
  definition: migrationDefinition,
  documentLinks: migrationDocumentLinks,
  codeActions: migrationCodeActions,
  codeLenses: migrationCodeLenses,
};

export const migrationWorkspaceFeatures: WorkspaceFeatures = {};
