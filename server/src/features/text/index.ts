// The text area's editor features, merged by ../registry.ts: irregular space characters in prose
// (`whitespace.irregular`, irregularSpace.ts) and their quick fixes (codeActions.ts).
import type { Features } from '../types';
import { irregularSpaceActions } from './codeActions';
import { irregularSpaceDiagnostics } from './irregularSpace';

export const textFeatures: Features = {
  diagnostics: (ctx) => irregularSpaceDiagnostics(ctx.page),
  codeActions: irregularSpaceActions,
};
