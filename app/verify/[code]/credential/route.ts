// The certificate as a signed Open Badges 3.0 credential (application/vc+jwt). A revoked
// certificate is still served, 200, with credentialStatus.status "revoked", revokedAt and reason:
// a verifier fetching this URL learns why, which a bare 410 would not tell it; the JWKS stays valid.
import { CREDENTIAL_MEDIA_TYPE, signCredential } from "@/lib/server/certificates/credential-jwt";
import { findPublicCertificate } from "@/lib/server/certificates/lookup";
import { baseUrl, certificateUrls } from "@/lib/server/certificates/urls";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const cert = await findPublicCertificate(code);
  if (!cert) return new Response("No such certificate.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const jwt = await signCredential(cert, certificateUrls(baseUrl(request.headers), cert.code));
  // no-store: the status must be live, never a cached "valid" after a revocation.
  return new Response(jwt, { headers: { "content-type": CREDENTIAL_MEDIA_TYPE, "cache-control": "no-store" } });
}
