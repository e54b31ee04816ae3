import { ConfigError } from '../config';
import { StartupError } from './startup-error';

/**
 * Runs a process entry point. Problems the user can fix (bad configuration, unreachable database) print one
 * clear line and exit 1; anything else prints its stack.
 */
/** Errors of our own packages (@kehu/embedded-pg) that carry a message for the user, not a bug. */
function isUserFacing(err: unknown): err is Error {
  return err instanceof Error && (err as { isUserFacing?: unknown }).isUserFacing === true;
}

export function runMain(main: () => Promise<void>) {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError || err instanceof StartupError || isUserFacing(err)) console.error(`kehu-api: ${err.message}`);
    else console.error(err);
    process.exit(1);
  });
}
