// The public keys that verify Basis credentials (RFC 7517 JWK Set; kid = RFC 7638 thumbprint).
import { jwks } from "@/lib/server/certificates/credential-jwt";

// Read at request time: a build must never bake in the build machine's key.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return Response.json(await jwks(), { headers: { "cache-control": "public, max-age=300" } });
}
