// All feature areas in one list. Order matters only for hovers and completions: earlier areas answer first.
import { capabilitiesFeatures, capabilitiesWorkspaceFeatures, hubLinkFeatures } from './capabilities/index';
import { filesFeatures, filesWorkspaceFeatures } from './files/index';
import { docsetFilesFeatures, docsetFilesWorkspaceFeatures } from './docsetFiles/index';
import { autolinkFeatures, linksFeatures, linksWorkspaceFeatures } from './links/index';
import { migrationFeatures, migrationWorkspaceFeatures } from './migration/index';
import { substitutionsFeatures, substitutionsWorkspaceFeatures } from './substitutions/index';
import { textFeatures } from './text/index';
import type { Features, WorkspaceFeatures } from './types';

export const FEATURES: Features[] = [substitutionsFeatures, linksFeatures, autolinkFeatures, migrationFeatures, capabilitiesFeatures, hubLinkFeatures, textFeatures, filesFeatures, docsetFilesFeatures];
export const WORKSPACE_FEATURES: WorkspaceFeatures[] = [substitutionsWorkspaceFeatures, linksWorkspaceFeatures, migrationWorkspaceFeatures, capabilitiesWorkspaceFeatures, filesWorkspaceFeatures, docsetFilesWorkspaceFeatures];
