// Builds the Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials data model 2.0)
// for a certificate. Pure: URLs, titles and status are passed in; signing happens in lib/server.
import { CREDENTIAL_TITLES, type Credential } from "./eligibility";

export const VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

export interface CertificateFacts {
  code: string;
  credential: Credential;
  holderName: string;
  issuerName: string;
  issuedAt: Date;
  /** Skill titles in curriculum order. */
  skillTitles: string[];
  revocation: { revokedAt: Date; reason: string } | null;
}

export interface CredentialUrls {
  /** Origin of this instance, e.g. https://basis.example.org (no trailing slash). */
  base: string;
  /** Public verification page of this certificate. */
  verify: string;
  /** Live endpoint of this credential (its current status). */
  credential: string;
}

/** Issue dates are calendar dates in UTC, so a certificate reads the same everywhere. */
export function formatIssueDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export function credentialDescription(credential: Credential): string {
  return credential === "specialisation"
    ? "Holds all three course certificates of the Mathematics for Machine Learning specialisation: Linear Algebra, Multivariate Calculus and PCA."
    : `Passed the timed ${CREDENTIAL_TITLES[credential].replace("Mathematics for Machine Learning: ", "")} course exam and mastered every skill of the course.`;
}

/** The criteria narrative: the rule, then every skill covered, one per line (Markdown list). */
export function criteriaNarrative(credential: Credential, skillTitles: readonly string[]): string {
  const rule = credential === "specialisation"
    ? "Earned the Linear Algebra, Multivariate Calculus and PCA course certificates."
    : "Passed the course exam (80 % pass mark, server-timed) and mastered every skill of the course: at least three successful spaced reviews and a memory stability of at least 21 days per skill.";
  return `${rule}\n\nSkills covered:\n${skillTitles.map((t) => `- ${t}`).join("\n")}`;
}

export function buildOpenBadgeCredential(facts: CertificateFacts, urls: CredentialUrls) {
  const title = CREDENTIAL_TITLES[facts.credential];
  return {
    "@context": [VC_CONTEXT, OB_CONTEXT],
    id: urls.verify,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: title,
    issuer: { id: urls.base, type: ["Profile"], name: facts.issuerName, url: urls.base },
    validFrom: facts.issuedAt.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      // OB 3.0 names the holder through an IdentityObject; the name is printed on the certificate anyway.
      identifier: [{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: facts.holderName }],
      achievement: {
        id: `${urls.base}/achievements/${facts.credential}`,
        type: ["Achievement"],
        achievementType: "Certificate",
        name: title,
        description: credentialDescription(facts.credential),
        criteria: { narrative: criteriaNarrative(facts.credential, facts.skillTitles) },
      },
    },
    // Status is live at `id` of this object: a stored copy of the JWT cannot show a later revocation.
    credentialStatus: {
      id: urls.credential,
      type: "BasisCertificateStatus",
      status: facts.revocation ? "revoked" : "valid",
      ...(facts.revocation ? { revokedAt: facts.revocation.revokedAt.toISOString(), reason: facts.revocation.reason } : {}),
    },
  };
}

export type OpenBadgeCredential = ReturnType<typeof buildOpenBadgeCredential>;
