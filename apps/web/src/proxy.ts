// Next 16 "proxy" (formerly middleware): runs before every page request, on the Node.js runtime.
// Unauthenticated visits go to /login; a user who must change the password is held on /change-password.
// The pages check the session again on the server; the API is the real guard.
import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { authSecret, secureCookies } from '@/lib/auth/env';
import { decideRedirect } from '@/lib/auth/routes';
import { isExpired } from '@/lib/auth/tokenExpiry';

export async function proxy(request: NextRequest) {
  let signedIn = false;
  let mustChangePassword = false;
  try {
    const token = await getToken({ req: request, secret: authSecret(), secureCookie: secureCookies() });
    signedIn = Boolean(token?.accessToken) && !isExpired(token?.accessTokenExpiresAt);
    mustChangePassword = Boolean(token?.mustChangePassword);
  } catch {
    signedIn = false; // unreadable cookie or missing secret: treat as signed out
  }

  const { pathname, search } = request.nextUrl;
  const target = decideRedirect({ pathname, pathWithSearch: pathname + search, signedIn, mustChangePassword });
  if (!target) return NextResponse.next();
  return NextResponse.redirect(new URL(target, request.url));
}

export const config = {
  // Everything except next-auth's own endpoints, Next internals and static files.
  matcher: [
    '/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|css|js|map|txt)$).*)',
  ],
};
