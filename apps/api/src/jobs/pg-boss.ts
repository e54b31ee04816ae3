import { createRequire } from 'node:module';
import type * as PgBossModule from 'pg-boss' with { 'resolution-mode': 'import' };

/**
 * pg-boss 12 ships as an ES module only. Node (≥ 20.19) `require`s it natively, which is what the API does.
 * Jest's module registry cannot (it runs files in a vm context and intercepts `require` and `node:module`),
 * so under jest it is loaded by the host Node's own loader, reached through a function of the real process
 * object (jest copies those functions into the sandbox unchanged).
 */
export function loadPgBoss(): typeof PgBossModule {
  if (!process.env.JEST_WORKER_ID) return createRequire(__filename)('pg-boss') as typeof PgBossModule;
  const HostFunction = process.on.constructor as FunctionConstructor;
  const hostProcess = new HostFunction('return process')() as NodeJS.Process;
  const hostModule = hostProcess.getBuiltinModule('node:module') as typeof import('node:module');
  return hostModule.createRequire(__filename)('pg-boss') as typeof PgBossModule;
}

export type PgBoss = InstanceType<(typeof PgBossModule)['PgBoss']>;
