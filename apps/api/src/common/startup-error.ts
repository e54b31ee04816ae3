/** A fatal problem at start-up that the user can fix; main.ts prints its message as one line and exits 1. */
export class StartupError extends Error {}
