// The files area's editor features, merged by ../registry.ts: what docs-builder reports by reading another file
// (`{include}`, `{literalinclude}`, images, `{csv-include}`, `{settings}`), image path completion and the image
// hover. One feature per file.
import type { DocDiagnostic } from '../../types';
import type { Features, WorkspaceFeatures } from '../types';
import { filesBatch } from './diagnostics';
import { imageCompletion } from './imageCompletion';
import { imageHover } from './imageHover';

export const filesFeatures: Features = {
  batch: filesBatch,
  async diagnostics(ctx): Promise<DocDiagnostic[]> {
    return filesBatch.resolver(ctx)(ctx.page.uri || ctx.doc.uri, filesBatch.gather(ctx));
  },
  hover: imageHover,
  completion: (ctx, offset) => imageCompletion(ctx, offset),
};

export const filesWorkspaceFeatures: WorkspaceFeatures = {};
