// At-risk learners with the reason for each (thresholds in lib/server/dashboard/thresholds.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { requireCohortStaff } from "@/lib/server/cohorts/access";
import type { RiskReason } from "@/lib/server/dashboard/at-risk";
import { cohortSnapshots } from "@/lib/server/dashboard/snapshot";
import { AT_RISK } from "@/lib/server/dashboard/thresholds";
import { skillInfo } from "@/lib/server/skill-graph";
import { AsOf, day, pct } from "../ui";

export const metadata: Metadata = { title: "At-risk learners" };

function reasonText(r: RiskReason): string {
  switch (r.kind) {
    case "inactive": return r.lastActive ? `Inactive since ${day(r.lastActive)}` : "Has not answered anything yet";
    case "overdue": return `${r.count} overdue reviews`;
    case "retention": return `Correct answers fell from ${pct(r.before)} to ${pct(r.after)} week on week`;
    case "failing": return `Failed the last ${AT_RISK.repeatedFailures} answers on ${r.skills.map((s) => skillInfo(s)?.title ?? s).join("; ")}`;
  }
}

export default async function AtRiskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { cohort } = await requireCohortStaff(id);
  const base = `/teach/cohorts/${encodeURIComponent(cohort.id)}`;
  const { value: data, computedAt } = await cohortSnapshots.atRisk(cohort.id);
  return (
    <>
      <h1>{cohort.name}: learners at risk</h1>
      <p>
        A learner is listed when inactive for {AT_RISK.inactiveDays}+ days, with {AT_RISK.overdueReviews}+ overdue reviews, when their share
        of correct answers fell by {pct(AT_RISK.retentionDrop)} or more from the week before (at least {AT_RISK.retentionMinAnswers} answers in
        each week), or after {AT_RISK.repeatedFailures} wrong answers in a row on one skill within {AT_RISK.repeatedFailureWindowDays} days.
      </p>
      <AsOf at={computedAt} />
      <p aria-live="polite">{data.total} at risk{data.total > data.learners.length ? `; the ${data.learners.length} with the most reasons are shown` : ""}.</p>
      {data.learners.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <caption>Learners at risk and why</caption>
            <thead><tr><th scope="col" className="left">Learner</th><th scope="col" className="left">Reasons</th></tr></thead>
            <tbody>
              {data.learners.map((l) => (
                <tr key={l.userId}>
                  <th scope="row"><Link href={`${base}/learners/${encodeURIComponent(l.userId)}`}>{l.name}</Link></th>
                  <td className="left"><ul className="reasons">{l.reasons.map((r) => <li key={r.kind}>{reasonText(r)}</li>)}</ul></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
