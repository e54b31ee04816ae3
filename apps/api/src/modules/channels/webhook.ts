/**
 * POSTs JSON to a robot webhook. DingTalk and WeCom answer HTTP 200 with `{ errcode, errmsg }`;
 * anything but errcode 0 is a failure (a wrong signature, a rate limit, a removed robot).
 */
export async function postJson(url: string, body: unknown, timeoutMs = 10_000): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  let parsed: { errcode?: number; errmsg?: string } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`unexpected response: ${text.slice(0, 200)}`);
  }
  if (parsed.errcode !== undefined && parsed.errcode !== 0) throw new Error(`errcode ${parsed.errcode}: ${parsed.errmsg ?? ''}`);
}
