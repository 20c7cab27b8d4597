// Redirects anonymous visitors of protected pages to sign-in. A convenience only: every protected
// page, route handler and server action still calls requireUser/requireRole itself.
//
// Hand-written instead of Auth.js's `auth` wrapper: that wrapper re-issues the session cookie on
// every response, so a prefetch finishing after sign-out signed the user straight back in.
import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "./auth.config";
import { verifyRateLimitResponse } from "./lib/server/certificates/rate-limit";

// Auth.js names the cookie by scheme and splits large ones into ".0", ".1", …
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const limited = verifyRateLimitResponse(request);
  if (limited) return new NextResponse(limited.body, limited);
  if (isPublicPath(pathname)) return NextResponse.next();
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return NextResponse.next();
  // API clients get the status their handler would give, not an HTML sign-in page.
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Skip Next internals and static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|css|js|woff2?)$).*)"],
};
