import type { Metadata } from "next";
import Link from "next/link";
import { formatCode } from "@/lib/certificates/code";
import { formatIssueDate } from "@/lib/certificates/credential";
import { certificatesOverview, type ExamStanding } from "@/lib/server/certificates/overview";
import { requireUser } from "@/lib/server/session";
import "@/app/verify/verify.css";

export const metadata: Metadata = { title: "Certificates" };

function examText(e: ExamStanding): string {
  switch (e.kind) {
    case "passed": return `Passed with ${Math.round(e.score * 100)}%`;
    case "open": return "In progress";
    case "eligible": return "Eligible: you can take the exam now";
    case "cooldown": return `Retake available from ${e.retakeAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
    case "not-eligible": return `Not eligible yet: ${e.learned} of ${e.required} required skills learned`;
    case "unavailable": return e.message;
  }
}

// Links to /verify are plain <a>: a Link's prefetch would spend the viewer's verification rate budget.
// The learner's certificates and how far each missing one is; viewing also issues any
// certificate earned since (mastery may be reached after the exam was passed).
export default async function CertificatesPage() {
  const user = await requireUser();
  const o = await certificatesOverview(user.id);
  return (
    <div className="stack">
      <h1>Certificates</h1>
      {o.newlyIssued.length > 0 && <p role="status" className="certificate-status valid">New certificate issued. Congratulations!</p>}
      <section aria-labelledby="held-heading" className="stack">
        <h2 id="held-heading">Your certificates</h2>
        {o.certificates.length === 0 ? (
          <p>You have no certificates yet. A course certificate is issued when you pass the course exam and have mastered every skill of the course.</p>
        ) : (
          <ul className="stack certificate-list">
            {o.certificates.map((c) => {
              const path = `/verify/${formatCode(c.code)}`;
              return (
                <li key={c.code} className="panel">
                  <h3>{c.title}</h3>
                  <p>
                    Issued {formatIssueDate(c.issuedAt)} · code <code>{formatCode(c.code)}</code>
                    {c.revoked && <strong> · Revoked {formatIssueDate(c.revoked.revokedAt)}: {c.revoked.reason}</strong>}
                  </p>
                  <p className="actions">
                    <a href={path}>Verification page</a> · <a href={`${path}/print`}>Printable certificate</a> ·{" "}
                    <a href={`${path}/pdf`}>PDF<span className="visually-hidden"> of {c.title}</span></a> ·{" "}
                    <a href={`${path}/credential`}>Open Badges credential<span className="visually-hidden"> of {c.title}</span></a>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="progress-heading" className="stack">
        <h2 id="progress-heading">Progress towards certificates</h2>
        <table>
          <caption>Course certificates: skills mastered and exam status</caption>
          <thead>
            <tr><th scope="col">Course</th><th scope="col">Skills mastered</th><th scope="col">Exam</th><th scope="col">Certificate</th></tr>
          </thead>
          <tbody>
            {o.courses.map((c) => (
              <tr key={c.course}>
                <th scope="row">{c.title}</th>
                <td>{c.mastery.mastered} / {c.mastery.total}</td>
                <td>{examText(c.exam)}</td>
                <td>{c.held ? "Held" : "Not yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Specialisation certificate: {o.specialisation.held ? "held" : `${o.specialisation.coursesHeld} of 3 course certificates held`}.
          {" "}A skill counts as mastered after at least three successful reviews and a memory stability of three weeks.{" "}
          <Link href="/exams">Go to your exams</Link>.
        </p>
      </section>
    </div>
  );
}
