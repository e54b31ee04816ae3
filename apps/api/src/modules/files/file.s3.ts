import { createHash, createHmac } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import type { FileStorage } from './file.storage';

/**
 * S3-compatible object storage (AWS S3, MinIO, Aliyun OSS, Tencent COS…) with AWS Signature V4 over node's own
 * http(s): PUT, GET and DELETE of single objects are all Kehu needs, and the AWS SDK's S3 client is ~90 MB.
 * An upload is PUT straight from the spooled file with its length known, so it streams (no part buffering) up to
 * S3's 5 GB single-PUT limit, far above the upload limit.
 */
export interface S3Settings {
  endpoint: URL;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/**
 * `s3://ACCESS:SECRET@host[:port]/bucket?region=cn-north-1&forcePathStyle=true` (https), or `s3+http://…` for a
 * server without TLS (a MinIO on the local network, tests). Key and secret are URL-encoded.
 */
export function parseStorageUrl(raw: string): S3Settings {
  const url = new URL(raw);
  if (url.protocol !== 's3:' && url.protocol !== 's3+http:') throw new Error('STORAGE_URL must start with s3:// or s3+http://');
  const bucket = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (!bucket || bucket.includes('/')) throw new Error('STORAGE_URL must name one bucket as its path, e.g. s3://key:secret@host/bucket');
  if (!url.username || !url.password) throw new Error('STORAGE_URL must carry the access key and secret: s3://KEY:SECRET@host/bucket');
  const endpoint = new URL(`${url.protocol === 's3:' ? 'https' : 'http'}://${url.host}`);
  return {
    endpoint,
    bucket,
    region: url.searchParams.get('region') || 'us-east-1',
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
    forcePathStyle: url.searchParams.get('forcePathStyle') === 'true',
  };
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const uriEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const EMPTY_SHA256 = sha256Hex('');

export class S3Storage implements FileStorage {
  readonly kind = 's3';
  constructor(
    readonly settings: S3Settings,
    readonly spoolDir: string,
  ) {}

  async commit(key: string, tempPath: string, size: number, contentType: string): Promise<void> {
    const res = await this.request('PUT', key, { 'content-length': String(size), 'content-type': contentType }, createReadStream(tempPath));
    await expectOk(res, `PUT ${key}`);
  }

  async open(key: string): Promise<Readable | null> {
    const res = await this.request('GET', key, {});
    if (res.statusCode === 404) {
      res.resume();
      return null;
    }
    await expectOk(res, `GET ${key}`, true);
    return res;
  }

  async remove(key: string): Promise<void> {
    const res = await this.request('DELETE', key, {});
    if (res.statusCode === 404) return void res.resume();
    await expectOk(res, `DELETE ${key}`);
  }

  /** One signed request; `body` is streamed (its length must be in the headers). */
  private request(method: string, key: string, headers: Record<string, string>, body?: Readable): Promise<IncomingMessage> {
    const s = this.settings;
    const host = s.forcePathStyle ? s.endpoint.host : `${s.bucket}.${s.endpoint.host}`;
    const objectPath = `/${(s.forcePathStyle ? [s.bucket, ...key.split('/')] : key.split('/')).map(uriEncode).join('/')}`;
    const now = new Date();
    const amzDate = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const day = amzDate.slice(0, 8);
    const payloadHash = body ? 'UNSIGNED-PAYLOAD' : EMPTY_SHA256;
    const signed: Record<string, string> = { ...headers, host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate };
    const names = Object.keys(signed)
      .map((h) => h.toLowerCase())
      .sort();
    const lower = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), v.trim()]));
    const canonical = [method, objectPath, '', ...names.map((h) => `${h}:${lower[h]}`), '', names.join(';'), payloadHash].join('\n');
    const scope = `${day}/${s.region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${s.secretAccessKey}`, day), s.region), 's3'), 'aws4_request');
    const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
    const authorization = `AWS4-HMAC-SHA256 Credential=${s.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;

    const client = s.endpoint.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.request(
        { method, host: s.endpoint.hostname, port: s.endpoint.port || undefined, path: objectPath, headers: { ...signed, authorization } },
        resolve,
      );
      req.on('error', reject);
      if (body) {
        body.on('error', (err) => req.destroy(err));
        body.pipe(req);
      } else req.end();
    });
  }
}

/** Fails with the storage's own error text unless the answer is 2xx; consumes the body unless `keep`. */
async function expectOk(res: IncomingMessage, what: string, keep = false): Promise<void> {
  const status = res.statusCode ?? 0;
  if (status >= 200 && status < 300) {
    if (!keep) res.resume();
    return;
  }
  let text = '';
  for await (const chunk of res) if (text.length < 2000) text += String(chunk);
  throw new Error(`object storage ${what} answered ${status}: ${text.slice(0, 500)}`);
}
