import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { formatCode } from "@/lib/certificates/code";
import { formatIssueDate } from "@/lib/certificates/credential";
import { CREDENTIAL_TITLES } from "@/lib/certificates/eligibility";
import { findPublicCertificate } from "@/lib/server/certificates/lookup";
import { baseUrl, certificateUrls } from "@/lib/server/certificates/urls";
import "../verify.css";

export const metadata: Metadata = { title: "Verify a certificate", robots: { index: false } };

// Public verification (no sign-in): the facts printed on the certificate and its live status.
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const cert = await findPublicCertificate(code);
  if (!cert) notFound();
  const urls = certificateUrls(baseUrl(await headers()), cert.code);
  const title = CREDENTIAL_TITLES[cert.credential];
  return (
    <article className="stack">
      <h1>Certificate verification</h1>
      {cert.revocation ? (
        <p className="certificate-status revoked" role="status">
          <strong>Revoked</strong> on {formatIssueDate(cert.revocation.revokedAt)}. Reason: {cert.revocation.reason}
        </p>
      ) : (
        <p className="certificate-status valid" role="status">
          <strong>Valid.</strong> This certificate was issued by {cert.issuerName} and has not been revoked.
        </p>
      )}
      <dl className="certificate-facts">
        <dt>Holder</dt>
        <dd>{cert.holderName}</dd>
        <dt>Credential</dt>
        <dd>{title}</dd>
        <dt>Issued</dt>
        <dd>{formatIssueDate(cert.issuedAt)}</dd>
        <dt>Issuer</dt>
        <dd>{cert.issuerName}</dd>
        <dt>Code</dt>
        <dd><code>{formatCode(cert.code)}</code></dd>
      </dl>
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">Skills covered ({cert.skillTitles.length})</h2>
        <ul className="certificate-skills">
          {cert.skillTitles.map((t, i) => <li key={i}>{t}</li>)}
        </ul>
      </section>
      <p className="actions">
        <a href={urls.print}>Printable certificate</a> · <a href={urls.pdf}>PDF</a> ·{" "}
        <a href={urls.credential}>Signed Open Badges 3.0 credential (JWT)</a> · <a href="/.well-known/jwks.json">Issuer keys (JWKS)</a>
      </p>
    </article>
  );
}
