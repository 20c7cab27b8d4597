// Public reads of one certificate by its code: what the verify page, the printable page, the PDF
// and the credential endpoint show. Never returns the holder's email or user id.
import { parseCode } from "@/lib/certificates/code";
import { isCredential, type Credential } from "@/lib/certificates/eligibility";
import type { CertificateFacts } from "@/lib/certificates/credential";
import { getDb } from "../db";
import { skillInfo } from "../skill-graph";

export interface PublicCertificate extends CertificateFacts {
  credential: Credential;
}

/**
 * The certificate for typed or printed code text, or null for anything unknown or malformed;
 * callers answer every null the same way so the shape of a guess reveals nothing.
 */
export async function findPublicCertificate(codeText: string): Promise<PublicCertificate | null> {
  const code = parseCode(safeDecode(codeText));
  if (!code) return null;
  const row = await getDb().certificate.findUnique({
    where: { code },
    select: {
      code: true, credential: true, holderName: true, issuerName: true, issuedAt: true, skills: true,
      revocation: { select: { revokedAt: true, reason: true } },
    },
  });
  if (!row || !isCredential(row.credential)) return null;
  return {
    code: row.code, credential: row.credential, holderName: row.holderName, issuerName: row.issuerName, issuedAt: row.issuedAt,
    // A skill removed from the curriculum since issue keeps its id as its title.
    skillTitles: row.skills.map((id) => skillInfo(id)?.title ?? id),
    revocation: row.revocation,
  };
}

/** A route segment as typed; a malformed %-escape is just another unknown code, not an error page. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
