// What dist/cli.js (cliLauncher.ts) tells the worker thread running the command (cli.ts), and the thread's limits.
import { workerRole, type ResourceLimits } from './workerPool';

export const CLI_ROLE = 'cli';

export interface CliThreadContext {
  /** Whether the process's stderr is a terminal (a worker's own stderr never is): `check` shows progress there. */
  stderrTTY: boolean;
}

/**
 * 6 MB: V8's young generation is three times a semi-space, so semi-spaces of 2 MB instead of up to 16. With little
 * of a page outliving its check (heapGrowth.ts: no pretenuring), twice the minor collections of 4 MB ones cost the
 * same in all (a 2,930-page check: 245 in 488 ms against 123 in 489 ms), and peak RSS fell from 118–128 MB to
 * 115–118 (issue 16).
 */
export const CLI_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 6 };

/** Whether stderr is a terminal, also when the command runs in the launcher's worker thread. */
export function stderrIsTTY(): boolean {
  const role = workerRole<CliThreadContext>();
  return role?.role === CLI_ROLE ? role.context.stderrTTY : process.stderr.isTTY === true;
}
