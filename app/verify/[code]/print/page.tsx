import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { formatCode } from "@/lib/certificates/code";
import { formatIssueDate } from "@/lib/certificates/credential";
import { CREDENTIAL_TITLES } from "@/lib/certificates/eligibility";
import { findPublicCertificate } from "@/lib/server/certificates/lookup";
import { baseUrl, certificateUrls } from "@/lib/server/certificates/urls";
import "../../verify.css";

export const metadata: Metadata = { title: "Printable certificate", robots: { index: false } };

// The certificate laid out for paper (print CSS hides the site chrome), with a QR code to verify it.
export default async function PrintableCertificate({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const cert = await findPublicCertificate(code);
  if (!cert) notFound();
  const urls = certificateUrls(baseUrl(await headers()), cert.code);
  const qr = await QRCode.toString(urls.verify, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return (
    <div className="stack">
      <p className="print-hide actions">
        Use your browser&apos;s print command to print this page. <a href={urls.verify}>Back to verification</a> ·{" "}
        <a href={urls.pdf}>Download PDF</a>
      </p>
      <article className="printable">
        <p>Certificate</p>
        <h1>{CREDENTIAL_TITLES[cert.credential]}</h1>
        <p>awarded to</p>
        <p className="holder">{cert.holderName}</p>
        <p>
          Issued {formatIssueDate(cert.issuedAt)} by {cert.issuerName} · {cert.skillTitles.length} skills covered
        </p>
        {cert.revocation && (
          <p className="certificate-status revoked">
            Revoked {formatIssueDate(cert.revocation.revokedAt)}: {cert.revocation.reason}
          </p>
        )}
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
        <img src={`data:image/svg+xml;utf8,${encodeURIComponent(qr)}`} alt={`QR code linking to ${urls.verify}`} />
        <p>Certificate code {formatCode(cert.code)}</p>
        <p className="verify-url">Verify at {urls.verify}</p>
      </article>
    </div>
  );
}
