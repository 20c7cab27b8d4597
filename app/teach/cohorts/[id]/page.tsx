// Cohort page: the members table — sortable, filterable, searchable and paged through the query string.
import type { Metadata } from "next";
import Link from "next/link";
import { requireCohortStaff } from "@/lib/server/cohorts/access";
import { membersPage } from "@/lib/server/dashboard/members";
import { MEMBER_FILTERS, membersQuery, parseQuery, type MemberSortKey, type SearchParams } from "@/lib/server/dashboard/params";
import { courseTitle } from "@/lib/server/skill-graph";
import { day, pct, Pager, QueryError, withQuery } from "./ui";

export const metadata: Metadata = { title: "Cohort members" };

const FILTER_LABEL: Record<(typeof MEMBER_FILTERS)[number], string> = {
  all: "Everyone", inactive: "Inactive 3+ days", overdue: "Many overdue reviews", "exam-passed": "Passed an exam", "no-exam": "No exam yet", certified: "Holds a certificate",
};

export default async function CohortMembersPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const { cohort } = await requireCohortStaff(id);
  const base = `/teach/cohorts/${encodeURIComponent(cohort.id)}`;
  const parsed = parseQuery(membersQuery, await searchParams);
  if (!parsed.ok) return <><h1>{cohort.name}</h1><QueryError message={parsed.message} href={base} /></>;
  const q = parsed.value;
  const data = await membersPage(cohort, q, new Date());
  const current = { sort: q.sort, dir: q.dir, filter: q.filter, q: q.q };

  const sortHeader = (key: MemberSortKey, label: string) => {
    const active = q.sort === key;
    const nextDir = active && q.dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" className="left" aria-sort={active ? (q.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={withQuery(base, current, { sort: key, dir: nextDir, page: undefined })}>
          {label}{active ? (q.dir === "asc" ? " ▲" : " ▼") : ""}
        </Link>
      </th>
    );
  };

  return (
    <>
      <h1>{cohort.name}</h1>
      <p className="muted">Join code <strong>{cohort.joinCode}</strong> · {cohort.courses.map(courseTitle).join(", ")} · starts {day(cohort.startDate)}</p>
      <p>
        <a href={`${base}/export/members`}>Download members (CSV)</a> · <a href={`${base}/export/attempts`}>Download attempts (CSV)</a>
      </p>
      <form method="get" action={base} className="controls" aria-label="Find members">
        <label>Search name or email<input type="search" name="q" defaultValue={q.q} maxLength={100} /></label>
        <label>Show
          <select name="filter" defaultValue={q.filter}>
            {MEMBER_FILTERS.map((f) => <option key={f} value={f}>{FILTER_LABEL[f]}</option>)}
          </select>
        </label>
        <input type="hidden" name="sort" value={q.sort} />
        <input type="hidden" name="dir" value={q.dir} />
        <button type="submit">Apply</button>
      </form>
      <p aria-live="polite">{data.total} {data.total === 1 ? "member" : "members"} match.</p>
      <div className="table-wrap">
        <table className="data">
          <caption>Members, page {data.page} of {data.pages}</caption>
          <thead>
            <tr>
              {sortHeader("name", "Name")}
              {sortHeader("lastActive", "Last active")}
              {sortHeader("completion", "Daily set, 7 days")}
              <th scope="col">Streak</th>
              {sortHeader("mastery", "Mastered")}
              {sortHeader("due", "Due")}
              {sortHeader("overdue", "Overdue")}
              <th scope="col" className="left">Exams</th>
              <th scope="col" className="left">Certificates</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.userId}>
                <th scope="row"><Link href={`${base}/learners/${encodeURIComponent(r.userId)}`}>{r.name}</Link></th>
                <td>{day(r.lastActive)}</td>
                <td>{r.dailyIssued === 0 ? "—" : `${r.dailyAnswered}/${r.dailyIssued} (${pct(r.dailyAnswered / r.dailyIssued)})`}</td>
                <td>{r.streak} d</td>
                <td className="left">{r.mastery.map((m) => <div key={m.course}>{courseTitle(m.course)}: {m.mastered}/{m.total}</div>)}</td>
                <td>{r.due}</td>
                <td>{r.overdue}</td>
                <td className="left">{r.exams.length === 0 ? "none" : r.exams.map((e) => (
                  <div key={e.course}>{courseTitle(e.course)}: {e.status === "OPEN" ? "in progress" : `${pct(e.score)} ${e.passed ? "passed" : "not passed"}`}</div>
                ))}</td>
                <td className="left">{r.certificates.length === 0 ? "none" : r.certificates.map(courseTitle).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager base={base} current={current} page={data.page} pages={data.pages} label="Members pages" />
    </>
  );
}
