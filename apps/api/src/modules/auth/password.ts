import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * Password hashes. New ones are scrypt, computed by node's crypto in the libuv thread pool, never on the event
 * loop, and stored self-describing: `scrypt$N$r$p$salt$hash` (base64url), so the cost can rise later and old
 * hashes still verify. Hashes from before (bcrypt, `$2a$…`/`$2b$…`) are checked in a worker thread and replaced
 * by scrypt at the next successful sign-in (needsRehash).
 */
export const SCRYPT = { N: 32768, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;
/** scrypt needs 128·N·r bytes; allow the current cost and a stored one up to 4x it. */
const MAX_MEM = 4 * 128 * SCRYPT.N * SCRYPT.r + 1024 * 1024;

/** At most this many hashes at once: the thread pool also serves file and DNS work, and each scrypt takes 32 MB. */
const MAX_CONCURRENT_HASHES = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const scryptAsync = (plain: string, salt: Buffer, keyLength: number, options: ScryptOptions) =>
  limited(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(plain.normalize('NFC'), salt, keyLength, { ...options, maxmem: MAX_MEM }, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );

export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await scryptAsync(plain, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parseScrypt(stored: string) {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((x) => Number.isInteger(x) && x > 0) || 128 * params.N * params.r > MAX_MEM || params.p > 16)
    return null;
  return { ...params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

const isBcrypt = (stored: string) => /^\$2[abxy]\$\d\d\$/.test(stored);

/** bcrypt reads only the first 72 bytes: a longer password must never match a hash made from its beginning. */
export const BCRYPT_MAX_BYTES = 72;

export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const s = parseScrypt(stored);
  if (s) {
    const key = await scryptAsync(plain, s.salt, s.key.length, { N: s.N, r: s.r, p: s.p });
    return key.length === s.key.length && timingSafeEqual(key, s.key);
  }
  if (isBcrypt(stored)) {
    // Also the scrypt work an unknown email costs, in parallel: a legacy account must not answer faster than none.
    if (Buffer.byteLength(plain, 'utf8') > BCRYPT_MAX_BYTES) return timingSafeMiss(plain);
    const [ok] = await Promise.all([bcryptInWorker(plain, stored), timingSafeMiss(plain)]);
    return ok;
  }
  return false;
}

/** True when the stored hash is not scrypt at today's cost: replace it after the next successful sign-in. */
export function needsRehash(stored: string): boolean {
  const s = parseScrypt(stored);
  return !s || s.N !== SCRYPT.N || s.r !== SCRYPT.r || s.p !== SCRYPT.p || s.key.length !== SCRYPT.keyLength;
}

/** Compared against when the email is unknown, so every failure costs the same work. */
let dummyHash: Promise<string> | null = null;
export const timingSafeMiss = async (plain: string) => {
  dummyHash ??= hashPassword('kehu-no-such-user');
  await verifyPassword(plain, await dummyHash);
  return false;
};

// --- legacy bcrypt, off the event loop ---------------------------------------------------------------

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const bcrypt = require(workerData.bcryptPath);
parentPort.on('message', ({ id, plain, hash }) => {
  let ok = false;
  try { ok = bcrypt.compareSync(plain, hash); } catch { ok = false; }
  parentPort.postMessage({ id, ok });
});`;

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (ok: boolean) => void>();

function bcryptWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcryptPath: require.resolve('bcryptjs') } });
  w.on('message', ({ id, ok }: { id: number; ok: boolean }) => {
    pending.get(id)?.(ok);
    pending.delete(id);
    if (!pending.size) w.unref();
  });
  const fail = () => {
    for (const resolve of pending.values()) resolve(false);
    pending.clear();
    if (worker === w) worker = null;
  };
  w.on('error', fail);
  w.on('exit', fail);
  w.unref();
  worker = w;
  return w;
}

/** bcryptjs is pure JavaScript (~70–130 ms a check): it runs in a worker so sign-ins never stall other requests. */
function bcryptInWorker(plain: string, hash: string): Promise<boolean> {
  const w = bcryptWorker();
  const id = nextId++;
  return new Promise<boolean>((resolve) => {
    pending.set(id, resolve);
    w.ref(); // keep it alive while an answer is owed
    w.postMessage({ id, plain, hash });
  });
}
