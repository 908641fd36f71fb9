// Shared value types of the language service. LSP's plain data shapes (Range, Position, …) are used as
// they are, so results need no translation in server.ts; nothing here touches a connection.
export type { Position, Range, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Range } from 'vscode-languageserver-types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem found on a page (or a docset file), before the user's severity overrides are applied. */
export interface DocDiagnostic {
  /** Stable code, for example `sub.undefined`; users override severities per code. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Extra facts a code action needs (a suggested key, a redirect target, …). */
  data?: Record<string, unknown>;
  /** Set when the diagnostic belongs to another file than the page being checked (e.g. docset.yml). */
  uri?: string;
}

export const DIAGNOSTIC_SOURCE = 'elastic-docs';
