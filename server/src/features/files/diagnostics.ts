// The file checks in two steps, as every cross-file check (features/types.ts `batch`): `gather` takes the paths of
// the page's `{include}`, `{literalinclude}`, `{image}` / `{figure}`, Markdown images, `{csv-include}` and
// `{settings}` (plain data), the resolver checks them against the workspace, with one cache of stats and include
// lists per run. `check` and the editor run the same code.
import type { DocDiagnostic } from '../../types';
import type { BatchDiagnostics } from '../types';
import { checkCsvIncludes, gatherCsvRefs, type CsvRef } from './csvInclude';
import { FileHost } from './host';
import { checkImages, gatherImageRefs, type ImageRef } from './images';
import { checkIncludes, gatherIncludeRefs, type IncludeRef } from './includes';
import { checkSettings, gatherSettingsRefs, type SettingsRef } from './settings';

export interface FilesGathered {
  includes: IncludeRef[];
  images: ImageRef[];
  csv: CsvRef[];
  settings: SettingsRef[];
}

export const filesBatch: BatchDiagnostics = {
  gather(ctx): FilesGathered | undefined {
    const g: FilesGathered = { includes: gatherIncludeRefs(ctx.page), images: gatherImageRefs(ctx.page), csv: gatherCsvRefs(ctx.page), settings: gatherSettingsRefs(ctx.page) };
    return g.includes.length + g.images.length + g.csv.length + g.settings.length === 0 ? undefined : g;
  },
  resolver(env) {
    const host = new FileHost(env);
    return async (uri, data): Promise<DocDiagnostic[]> => {
      const g = data as FilesGathered | undefined;
      if (!g) return [];
      const docset = await env.docsetOf(uri);
      return [
        ...(await checkIncludes(host, uri, docset, g.includes)),
        ...(await checkImages(host, uri, docset, g.images)),
        ...(await checkCsvIncludes(host, uri, docset, g.csv)),
        ...(await checkSettings(host, uri, docset, g.settings, env.config.maxPageSize)),
      ];
    };
  },
};
