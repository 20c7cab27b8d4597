import type { Metadata } from "next";
import { formatCode } from "@/lib/certificates/code";
import { formatIssueDate } from "@/lib/certificates/credential";
import { searchCertificates } from "@/lib/server/certificates/admin";
import { requireRole } from "@/lib/server/session";
import { RevokeForm } from "./revoke-form";

export const metadata: Metadata = { title: "Certificates (admin)" };

// Links to /verify are plain <a>: a Link's prefetch would spend the viewer's verification rate budget.
// Admins find certificates by code, holder name or email and revoke them with a public reason.
export default async function AdminCertificatesPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireRole("ADMIN");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const rows = await searchCertificates(q);
  return (
    <div className="stack">
      <h1>Certificates</h1>
      <form method="get" className="form" role="search">
        <div className="field">
          <label htmlFor="q">Code, holder name or email</label>
          <input id="q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className="button">Search</button>
      </form>
      <p>{rows.length === 0 ? "No certificates match." : `${rows.length} certificate${rows.length === 1 ? "" : "s"}${rows.length === 50 ? " (the 50 newest; narrow the search)" : ""}.`}</p>
      <ul className="stack">
        {rows.map((r) => (
          <li key={r.code} className="panel stack">
            <h2>{r.title}</h2>
            <p>
              {r.holderName} ({r.holderEmail}) · issued {formatIssueDate(r.issuedAt)} ·{" "}
              <a href={`/verify/${formatCode(r.code)}`}>{formatCode(r.code)}</a>
            </p>
            {r.revocation ? (
              <p><strong>Revoked</strong> {formatIssueDate(r.revocation.revokedAt)}: {r.revocation.reason}</p>
            ) : (
              <RevokeForm code={r.code} label={`${r.title} of ${r.holderName}`} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
