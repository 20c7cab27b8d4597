// Learner drill-down for cohort staff: the /progress skill map of one member and their recent
// answers with the feedback they got. Only for members of a cohort the viewer may see.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { learnerInCohort, requireCohortStaff } from "@/lib/server/cohorts/access";
import { learnerDrillDown } from "@/lib/server/dashboard/learner";
import { SkillMap } from "@/app/progress/skill-map";
import { day, seconds } from "../../ui";

export const metadata: Metadata = { title: "Learner" };


export default async function LearnerPage({ params }: { params: Promise<{ id: string; userId: string }> }) {
  const { id, userId } = await params;
  const { cohort } = await requireCohortStaff(id);
  if (!(await learnerInCohort(cohort.id, userId))) notFound();
  const data = await learnerDrillDown(userId, new Date());
  if (!data) notFound();
  const base = `/teach/cohorts/${encodeURIComponent(cohort.id)}`;
  return (
    <>
      <p><Link href={base}>Back to {cohort.name}</Link></p>
      <h1>{data.name}</h1>
      <ul className="figures" aria-label="Summary">
        <li><strong>{data.progress.streak}</strong> day streak</li>
        <li><strong>{data.progress.dueNext7Days}</strong> reviews due in the next 7 days</li>
        <li><strong>{data.progress.totalAttempts}</strong> problems answered (last 400 days)</li>
      </ul>
      <section aria-labelledby="map-heading" className="stack">
        <h2 id="map-heading">Skill map</h2>
        <SkillMap courses={data.progress.courses} links={false} />
        {data.progress.courses.length === 0 && <p>Not enrolled in a course.</p>}
      </section>
      <section aria-labelledby="attempts-heading" className="stack">
        <h2 id="attempts-heading">Recent answers</h2>
        {data.attempts.length === 0 ? <p>No answers yet.</p> : (
          <div className="table-wrap">
            <table className="data">
              <caption>The latest {data.attempts.length} answers, newest first</caption>
              <thead><tr><th scope="col" className="left">When</th><th scope="col" className="left">Skill</th><th scope="col" className="left">Answer</th><th scope="col">Result</th><th scope="col" className="left">Feedback</th><th scope="col">Time</th></tr></thead>
              <tbody>{data.attempts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</th>
                  <td className="left">{a.title}</td>
                  <td className="left"><code className="answer">{a.gaveUp ? "(gave up)" : a.answerText}</code></td>
                  <td>{a.correct ? "right" : "wrong"}</td>
                  <td className="left">{a.feedback}{a.mistakes.length > 0 && <span className="muted"> [{a.mistakes.join(", ")}]</span>}</td>
                  <td>{seconds(a.timeTakenMs)}</td>
                </tr>
              ))}</tbody>
            </table>
          </div>
        )}
      </section>
      <p className="muted">Last answer: {day(data.attempts[0]?.createdAt ?? null)}</p>
    </>
  );
}
