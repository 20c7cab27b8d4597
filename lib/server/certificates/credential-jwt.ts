// Signs a certificate's OpenBadgeCredential as a VC-JOSE JWT (EdDSA over Ed25519) and publishes
// the verification key set. Media type application/vc+jwt: the W3C VC-JOSE-COSE registration for
// a JWT whose payload is the credential itself (VC data model 2.0), which is what this is.
import { SignJWT } from "jose";
import { buildOpenBadgeCredential, type CertificateFacts, type CredentialUrls } from "@/lib/certificates/credential";
import { signingKey } from "./signing-key";

export const CREDENTIAL_MEDIA_TYPE = "application/vc+jwt";

export async function signCredential(facts: CertificateFacts, urls: CredentialUrls, now = new Date()): Promise<string> {
  const key = await signingKey();
  const credential = buildOpenBadgeCredential(facts, urls);
  return new SignJWT(credential as unknown as Record<string, unknown>)
    .setProtectedHeader({ alg: "EdDSA", typ: "vc+jwt", cty: "vc", kid: key.kid })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setIssuedAt(now)
    .setNotBefore(facts.issuedAt)
    .sign(key.privateKey);
}

export async function jwks(): Promise<{ keys: object[] }> {
  return { keys: [(await signingKey()).publicJwk] };
}
