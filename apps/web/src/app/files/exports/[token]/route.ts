import { ssrApiUrl } from '@/lib/apollo/urls';

/**
 * GET /files/exports/<token> on the web app's own origin: passes the API's signed download link through, streaming.
 * createExport returns this relative path, so the browser (and ExportButton) can use it as is, wherever the API
 * lives (API_PUBLIC_URL or not); integrators call the same path on the API's origin.
 */
export const dynamic = 'force-dynamic';

const PASS = ['content-type', 'content-disposition', 'cache-control'];

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const upstreamUrl = new URL(`/files/exports/${encodeURIComponent(token)}`, ssrApiUrl());
  let upstream: Response;
  try {
    upstream = await fetch(upstreamUrl, { cache: 'no-store' });
  } catch {
    return new Response('导出服务暂时不可用，请稍后重试 (export service unavailable)', {
      status: 502,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const headers = new Headers();
  for (const name of PASS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
