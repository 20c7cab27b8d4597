// Exam results: per course who sat and passed (latest attempt each) and a page of recent attempts.
import type { Metadata } from "next";
import Link from "next/link";
import { requireCohortStaff } from "@/lib/server/cohorts/access";
import { examResults } from "@/lib/server/dashboard/exams";
import { pageQuery, parseQuery, type SearchParams } from "@/lib/server/dashboard/params";
import { courseTitle } from "@/lib/server/skill-graph";
import { day, Pager, pct, QueryError } from "../ui";

export const metadata: Metadata = { title: "Exam results" };

export default async function ExamsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const { cohort } = await requireCohortStaff(id);
  const base = `/teach/cohorts/${encodeURIComponent(cohort.id)}`;
  const parsed = parseQuery(pageQuery, await searchParams);
  if (!parsed.ok) return <><h1>Exam results</h1><QueryError message={parsed.message} href={`${base}/exams`} /></>;
  const data = await examResults(cohort.id, parsed.value.page);
  return (
    <>
      <h1>{cohort.name}: exam results</h1>
      {data.summary.length === 0 ? <p>No member has finished an exam yet.</p> : (
        <div className="table-wrap">
          <table className="data">
            <caption>Per course, each learner&apos;s latest finished attempt</caption>
            <thead><tr><th scope="col" className="left">Course</th><th scope="col">Sat</th><th scope="col">Passed</th><th scope="col">Median score</th></tr></thead>
            <tbody>{data.summary.map((s) => (
              <tr key={s.course}><th scope="row">{courseTitle(s.course)}</th><td>{s.sat}</td><td>{s.passed}</td><td>{pct(s.medianScore)}</td></tr>
            ))}</tbody>
          </table>
        </div>
      )}
      {data.rows.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <caption>Exam attempts, newest first (page {data.pages === 0 ? 1 : parsed.value.page} of {data.pages})</caption>
            <thead><tr><th scope="col" className="left">Learner</th><th scope="col" className="left">Course</th><th scope="col">Started</th><th scope="col">Status</th><th scope="col">Score</th><th scope="col">Result</th></tr></thead>
            <tbody>{data.rows.map((r, i) => (
              <tr key={`${r.userId}-${r.course}-${i}`}>
                <th scope="row"><Link href={`${base}/learners/${encodeURIComponent(r.userId)}`}>{r.name}</Link></th>
                <td className="left">{courseTitle(r.course)}</td><td>{day(r.startedAt)}</td><td>{r.status.toLowerCase()}</td><td>{pct(r.score)}</td>
                <td>{r.passed === null ? "—" : r.passed ? "passed" : "not passed"}</td>
              </tr>
            ))}</tbody>
          </table>
        </div>
      )}
      <Pager base={`${base}/exams`} current={{}} page={parsed.value.page} pages={data.pages} label="Exam result pages" />
    </>
  );
}
