import type { Metadata } from "next";
import Link from "next/link";
import { progressOf } from "@/lib/server/progress";
import { requireUser } from "@/lib/server/session";
import { BarChart, DataTable, LineChart } from "./charts";
import { SkillMap } from "./skill-map";
import "@/app/learn/learner.css";

export const metadata: Metadata = { title: "Progress" };


export default async function ProgressPage() {
  const user = await requireUser();
  const p = await progressOf(user);
  if (p.courses.length === 0) {
    return (
      <div className="stack">
        <h1>Progress</h1>
        <p>
          You are not enrolled in a course yet. <Link href="/learn">Choose your courses</Link>.
        </p>
      </div>
    );
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    <div className="stack">
      <h1>Progress</h1>
      <ul className="figures" aria-label="Summary">
        <li>
          <strong>{p.streak}</strong> day streak
        </li>
        <li>
          <strong>{p.dueNext7Days}</strong> reviews due in the next 7 days
        </li>
        <li>
          <strong>{p.totalAttempts}</strong> problems answered
        </li>
      </ul>

      <section aria-labelledby="reviews-heading" className="stack">
        <h2 id="reviews-heading">Reviews per day</h2>
        <BarChart id="reviews" title={`Problems answered per day over the last ${p.reviewsPerDay.length} days`}
          points={p.reviewsPerDay.map((d) => ({ label: d.date, value: d.reviews }))} />
        <DataTable caption="Problems answered per day" head={["Date", "Answered (correct)"]}
          rows={p.reviewsPerDay.filter((d) => d.reviews > 0).map((d) => [d.date, `${d.reviews} (${d.correct})`])} />
      </section>

      <section aria-labelledby="retention-heading" className="stack">
        <h2 id="retention-heading">Predicted retention</h2>
        <p className="muted">Average chance of recalling your started skills if you stopped reviewing now.</p>
        <LineChart id="retention" title="Predicted recall over the next 30 days without reviews"
          points={p.retention.map((r) => ({ label: r.day === 0 ? "today" : `in ${r.day} days`, value: r.recall }))} />
        <DataTable caption="Predicted recall" head={["Day", "Recall"]}
          rows={p.retention.filter((r) => r.day % 5 === 0).map((r) => [r.day === 0 ? "today" : `in ${r.day} days`, pct(r.recall)])} />
      </section>

      <section aria-labelledby="due-heading" className="stack">
        <h2 id="due-heading">Reviews due this week</h2>
        <DataTable caption="Skills falling due per day" head={["Date", "Due"]} rows={p.dueByDay.map((d) => [d.date, String(d.due)])} />
      </section>

      <section aria-labelledby="map-heading" className="stack">
        <h2 id="map-heading">Skills</h2>
        <SkillMap courses={p.courses} links />
      </section>
    </div>
  );
}
