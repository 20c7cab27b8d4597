// Absolute URLs printed on certificates and in credentials: AUTH_URL's origin when set (the
// instance's public address), else the request's own origin (behind a proxy: X-Forwarded-*).
import { formatCode } from "@/lib/certificates/code";
import type { CredentialUrls } from "@/lib/certificates/credential";

type HeaderBag = { get(name: string): string | null };

export function baseUrl(headers: HeaderBag, env: Record<string, string | undefined> = process.env): string {
  if (env.AUTH_URL) {
    try {
      return new URL(env.AUTH_URL).origin;
    } catch {
      // A malformed AUTH_URL is Auth.js's to report; fall back to the request.
    }
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}

/** The printed code form keeps URLs readable aloud; parseCode accepts it back. */
export function certificateUrls(base: string, code: string): CredentialUrls & { print: string; pdf: string } {
  const verify = `${base}/verify/${formatCode(code)}`;
  return { base, verify, credential: `${verify}/credential`, print: `${verify}/print`, pdf: `${verify}/pdf` };
}
