import path from 'node:path';

/**
 * Every environment variable the API reads, parsed and validated in one place.
 * A wrong value throws a ConfigError naming the variable; main.ts prints it as one line and exits.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  /** HTTP + WebSocket port of the API. */
  port: number;
  /** Connection string of an external PostgreSQL; unset = embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  /** Where the embedded PostgreSQL keeps its files (and other local state). */
  dataDir: string;
  /** Port of the embedded PostgreSQL (never the system one on 5432). */
  embeddedPgPort: number;
  /** Redis for fanning subscription events out across API replicas; unset = in-process. */
  redisUrl: string | null;
  /** Secret that signs session tokens. */
  authSecret: string;
  /** Lifetime of a session token, in seconds. */
  tokenTtlSeconds: number;
  /** IANA time zone for business dates (due dates, birthdays, "1 day before"). */
  businessTimeZone: string;
  /** Seed demo data when the database has no users (npm start sets it). */
  seedDemoData: boolean;
  /** Run the scheduled jobs (reminder scans, pool reclaim, deliveries) and the webhook dispatcher in this process. */
  runJobs: boolean;
  /** KEHU_JOBS_ONLY=bulk-exports-run,imports-run: work and schedule only these jobs (the bench's API); null = all. */
  jobsOnly: string[] | null;
  /** Size of the API's PostgreSQL connection pool. */
  dbPoolSize: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * Cost budget per API key / user (leaky bucket, graphql/rate-limit.ts): RATE_LIMIT_MAXIMUM points refilling at
   * RATE_LIMIT_RESTORE_RATE per second. null = off (RATE_LIMIT_MAXIMUM=0; also the default under NODE_ENV=test,
   * whose frozen clocks would never refill — the rate-limit tests switch it on).
   */
  rateLimit: { maximumAvailable: number; restoreRate: number } | null;
  /**
   * Outgoing calls (webhooks, robots, mail relay) reach public addresses only; KEHU_OUTBOUND_ALLOW_HOSTS names
   * private hosts an on-premises install may call (host names or IP addresses, comma-separated).
   */
  outbound: { allowHosts: string[] };
  /**
   * Sign-in attempts that did not succeed, per client address and per email (leaky buckets, refilled over
   * `windowMinutes`): KEHU_SIGNIN_MAX_PER_ADDRESS, KEHU_SIGNIN_MAX_PER_ACCOUNT.
   */
  signInLimits: { perAddress: number; perAccount: number; windowMinutes: number };
  /** Largest file upload (POST /files), in bytes: KEHU_UPLOAD_MAX_MB, default 50. */
  uploadMaxBytes: number;
  /** S3-compatible object storage for uploaded files (STORAGE_URL, modules/files); null = local disk under dataDir/files. */
  storageUrl: string | null;
  /**
   * KEHU_WEB_FORWARD_SECRET: shared by the web server and the API. A sign-in the web server relays carries it with
   * the person's browser (X-Kehu-Client-UA) and address (X-Kehu-Client-IP); without it those headers, and
   * X-Forwarded-For, are not believed. null = no web server relays (every request records its own client).
   */
  webForwardSecret: string | null;
  /** KEHU_TRUST_PROXY: Express's `trust proxy` for a load balancer's X-Forwarded-For (e.g. "10.0.0.0/8"); unset = none. */
  trustProxy: string | null;
}

/** The repository root: apps/api/{src,dist}/config.(ts|js) -> ../../.. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const DEV_AUTH_SECRET = 'kehu-development-secret-change-me';

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols[0]}//…)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  }
  return raw.trim();
}

function timeZone(env: Env, name: string, fallback: string): string {
  const tz = env[name] || fallback;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new ConfigError(name, `is not an IANA time zone such as Asia/Shanghai (got "${tz}")`);
  }
  return tz;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function hostList(env: Env, name: string): string[] {
  const raw = env[name];
  if (!raw?.trim()) return [];
  return raw
    .split(',')
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, ''),
    )
    .filter(Boolean)
    .map((h) => {
      if (!/^[a-z0-9.:_-]+$/.test(h)) throw new ConfigError(name, `must be host names or IP addresses separated by commas (got "${h}")`);
      return h;
    });
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const authSecret = env.AUTH_SECRET || (nodeEnv === 'production' ? '' : DEV_AUTH_SECRET);
  if (!authSecret) throw new ConfigError('AUTH_SECRET', 'is required in production (a long random string)');
  if (authSecret.length < 16) throw new ConfigError('AUTH_SECRET', 'must be at least 16 characters long');

  return {
    nodeEnv,
    port: int(env, 'PORT', 4000, 1, 65535),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: path.resolve(env.KEHU_DATA_DIR || path.join(REPO_ROOT, '.data')),
    embeddedPgPort: int(env, 'KEHU_PG_PORT', 54329, 1, 65535),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    authSecret,
    tokenTtlSeconds: int(env, 'TOKEN_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    businessTimeZone: timeZone(env, 'TZ_BUSINESS', 'Asia/Shanghai'),
    seedDemoData: bool(env, 'KEHU_SEED_DEMO', false),
    runJobs: bool(env, 'KEHU_JOBS', true),
    jobsOnly: env.KEHU_JOBS_ONLY
      ? env.KEHU_JOBS_ONLY.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : null,
    dbPoolSize: int(env, 'DB_POOL_SIZE', 20, 1, 500),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    rateLimit: (() => {
      const maximumAvailable = int(env, 'RATE_LIMIT_MAXIMUM', nodeEnv === 'test' ? 0 : 10_000, 0, 100_000_000);
      const restoreRate = int(env, 'RATE_LIMIT_RESTORE_RATE', 500, 1, 100_000_000);
      return maximumAvailable === 0 ? null : { maximumAvailable, restoreRate };
    })(),
    outbound: { allowHosts: hostList(env, 'KEHU_OUTBOUND_ALLOW_HOSTS') },
    signInLimits: {
      perAddress: int(env, 'KEHU_SIGNIN_MAX_PER_ADDRESS', 100, 1, 1_000_000),
      perAccount: int(env, 'KEHU_SIGNIN_MAX_PER_ACCOUNT', 10, 1, 1_000_000),
      windowMinutes: 15,
    },
    uploadMaxBytes: int(env, 'KEHU_UPLOAD_MAX_MB', 50, 1, 4096) * 1024 * 1024,
    storageUrl: url(env, 'STORAGE_URL', ['s3:', 's3+http:']),
    webForwardSecret: (() => {
      const v = env.KEHU_WEB_FORWARD_SECRET?.trim();
      if (!v) return null;
      if (v.length < 16) throw new ConfigError('KEHU_WEB_FORWARD_SECRET', 'must be at least 16 characters long');
      return v;
    })(),
    trustProxy: env.KEHU_TRUST_PROXY?.trim() || null,
  };
}
