// Cohort charts: answers per day and the mastery distribution per module, each an SVG with its
// data table (the /progress chart components).
import type { Metadata } from "next";
import { BarChart, DataTable } from "@/app/progress/charts";
import { requireCohortStaff } from "@/lib/server/cohorts/access";
import { MASTERY_BANDS } from "@/lib/server/dashboard/charts";
import { cohortSnapshots } from "@/lib/server/dashboard/snapshot";
import { AsOf } from "../ui";

export const metadata: Metadata = { title: "Cohort charts" };

export default async function ChartsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { cohort } = await requireCohortStaff(id);
  const { value: { activity, distribution }, computedAt } = await cohortSnapshots.charts(cohort);
  return (
    <>
      <h1>{cohort.name}: charts</h1>
      <AsOf at={computedAt} />
      <section aria-labelledby="activity-heading" className="stack">
        <h2 id="activity-heading">Activity per day</h2>
        <BarChart id="activity" title={`Answers per day over the last ${activity.length} days (UTC)`} points={activity.map((d) => ({ label: d.date, value: d.answers }))} />
        <DataTable caption="Answers and active learners per day (UTC)" head={["Date", "Answers (learners)"]}
          rows={activity.map((d) => [d.date, `${d.answers} (${d.learners})`])} />
      </section>
      <section aria-labelledby="distribution-heading" className="stack">
        <h2 id="distribution-heading">Mastery distribution per module</h2>
        <p className="muted">How many learners have mastered 0 %, 1–25 %, 26–50 %, 51–75 % and 76–100 % of each module&apos;s skills.</p>
        {distribution.map((m, i) => (
          <div key={m.module}>
            <h3>{m.module}</h3>
            <BarChart id={`dist-${i}`} title={`Learners by share of ${m.module} mastered, from 0% to 76–100%`}
              points={MASTERY_BANDS.map((b, k) => ({ label: b.label, value: m.learners[k] }))} />
          </div>
        ))}
        <DataTable caption="Learners per mastery band and module" head={["Module", MASTERY_BANDS.map((b) => b.label).join(" · ")]}
          rows={distribution.map((m) => [m.module, m.learners.join(" · ")])} />
      </section>
    </>
  );
}
