// Item analysis: per skill answers, first-try correctness, median time and the top mistake; with
// ?skill= the skill's mistake tags with counts and anonymised example wrong answers.
import type { Metadata } from "next";
import Link from "next/link";
import { requireCohortStaff } from "@/lib/server/cohorts/access";
import { itemDetail } from "@/lib/server/dashboard/items";
import { cohortSnapshots } from "@/lib/server/dashboard/snapshot";
import { ITEM_WINDOWS, itemsQuery, parseQuery, type SearchParams } from "@/lib/server/dashboard/params";
import { AsOf, pct, QueryError, seconds, withQuery } from "../ui";

export const metadata: Metadata = { title: "Item analysis" };

const WINDOW_LABEL = { "7": "Last 7 days", "30": "Last 30 days", "90": "Last 90 days", all: "All time" } as const;

export default async function ItemsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const { cohort } = await requireCohortStaff(id);
  const base = `/teach/cohorts/${encodeURIComponent(cohort.id)}/items`;
  const parsed = parseQuery(itemsQuery, await searchParams);
  if (!parsed.ok) return <><h1>Item analysis</h1><QueryError message={parsed.message} href={base} /></>;
  const { window, skill } = parsed.value;
  const now = new Date();
  const [{ value: summary, computedAt }, detail] = await Promise.all([
    cohortSnapshots.items(cohort.id, window),
    skill ? itemDetail(cohort, skill, window, now) : Promise.resolve(null),
  ]);
  return (
    <>
      <h1>{cohort.name}: item analysis</h1>
      <form method="get" action={base} className="controls" aria-label="Period">
        <label>Period
          <select name="window" defaultValue={window}>{ITEM_WINDOWS.map((w) => <option key={w} value={w}>{WINDOW_LABEL[w]}</option>)}</select>
        </label>
        {skill && <input type="hidden" name="skill" value={skill} />}
        <button type="submit">Apply</button>
      </form>
      {detail && !detail.ok && <QueryError message={detail.message} href={base} />}
      {detail?.ok && (
        <section aria-labelledby="detail-heading" className="stack">
          <h2 id="detail-heading">{detail.detail ? detail.detail.title : skill}</h2>
          {detail.detail === null ? <p>Nobody in this cohort answered this skill in the period.</p> : (
            <>
              <p>
                {detail.detail.attempts} answers by {detail.detail.learners} learners · first try right {pct(detail.detail.firstTryShare)} ·
                right overall {pct(detail.detail.correctShare)} · median time {seconds(detail.detail.medianMs)}
              </p>
              {detail.detail.mistakes.length === 0 ? <p>No diagnosed mistakes in the period.</p> : (
                <div className="table-wrap">
                  <table className="data">
                    <caption>Most common mistakes (example wrong answers, anonymised)</caption>
                    <thead><tr><th scope="col" className="left">Mistake</th><th scope="col">Times</th><th scope="col" className="left">Example answers</th></tr></thead>
                    <tbody>
                      {detail.detail.mistakes.map((m) => (
                        <tr key={m.tag}>
                          <th scope="row" data-mistake={m.tag}>{m.tag}</th>
                          <td>{m.count}</td>
                          <td className="left">{m.examples.map((e) => <div key={e}><code className="answer">{e}</code></div>)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
          <p><a href={`/teach/cohorts/${encodeURIComponent(cohort.id)}/export/attempts?${new URLSearchParams({ window, ...(skill ? { skill } : {}) })}`}>Download these attempts (CSV)</a></p>
        </section>
      )}
      <section aria-labelledby="skills-heading" className="stack">
        <h2 id="skills-heading">Skills, weakest first try first</h2>
        <AsOf at={computedAt} />
        {summary.length === 0 ? <p>No answers in this period.</p> : (
          <div className="table-wrap">
            <table className="data">
              <caption>Per-skill figures, {WINDOW_LABEL[window].toLowerCase()}</caption>
              <thead>
                <tr>
                  <th scope="col" className="left">Skill</th><th scope="col">Answers</th><th scope="col">Learners</th><th scope="col">First try right</th>
                  <th scope="col">Right overall</th><th scope="col">Median time</th><th scope="col" className="left">Top mistake</th>
                </tr>
              </thead>
              <tbody>
                {summary.map((s) => (
                  <tr key={s.skillId}>
                    <th scope="row"><Link href={withQuery(base, { window }, { skill: s.skillId })}>{s.title}</Link></th>
                    <td>{s.attempts}</td><td>{s.learners}</td><td>{pct(s.firstTryShare)}</td><td>{pct(s.correctShare)}</td>
                    <td>{seconds(s.medianMs)}</td><td className="left">{s.topMistake ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
