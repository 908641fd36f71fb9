// The migration area's custom requests (server/src/protocol.ts), answered over the language service. server.ts
// wires them: it finds the open document (if any) and calls these.
import type { MigrationItemsParams, MigrationItemsResult, MigrationTargetParams, MigrationTargetResult, MigrationToggleParams, MigrationToggleResult } from '../../protocol';
import type { LanguageService, TextDoc } from '../../service';
import { migrationItems, type ItemsHost } from './items';
import { migrationTarget } from './navigation';
import { migrationToggle } from './toggle';

function host(service: LanguageService): ItemsHost {
  return { index: service.index, pageOf: (uri) => service.pageOf(uri), rootOf: async (uri) => (await service.docsets.docsetFor(uri))?.root };
}

export function handleMigrationItems(service: LanguageService, params: MigrationItemsParams): Promise<MigrationItemsResult> {
  return migrationItems(host(service), params ?? {});
}

/** `doc`: the open document the cursor is in, when there is one. */
export function handleMigrationTarget(service: LanguageService, params: MigrationTargetParams, doc: TextDoc | undefined): Promise<MigrationTargetResult> {
  return migrationTarget(host(service), params, doc ? service.page(doc) : undefined);
}

export function handleMigrationToggle(service: LanguageService, params: MigrationToggleParams, doc: TextDoc): MigrationToggleResult {
  return migrationToggle(service.page(doc), params.positions);
}
