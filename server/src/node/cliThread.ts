// What dist/cli.js (cliLauncher.ts) tells the worker thread running the command (cli.ts), and the thread's limits.
import { workerRole, type ResourceLimits } from './workerPool';

export const CLI_ROLE = 'cli';

export interface CliThreadContext {
  /** Whether the process's stderr is a terminal (a worker's own stderr never is): `check` shows progress there. */
  stderrTTY: boolean;
}

/** 12 MB: V8's young generation is three times a semi-space, so semi-spaces of 4 MB instead of up to 16. */
export const CLI_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 12 };

/** Whether stderr is a terminal, also when the command runs in the launcher's worker thread. */
export function stderrIsTTY(): boolean {
  const role = workerRole<CliThreadContext>();
  return role?.role === CLI_ROLE ? role.context.stderrTTY : process.stderr.isTTY === true;
}
