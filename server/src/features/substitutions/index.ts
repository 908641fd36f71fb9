// The substitutions area's editor features, merged by ../registry.ts. Add providers here (one feature per file).
import type { Features, WorkspaceFeatures } from '../types';

export const substitutionsFeatures: Features = {};

export const substitutionsWorkspaceFeatures: WorkspaceFeatures = {};
