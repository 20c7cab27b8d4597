// Heatmap: a page of learners × modules, each cell the share of the module mastered, shown as a
// number on a colour band; the table itself is the text alternative, with a summary above it.
import type { Metadata } from "next";
import Link from "next/link";
import { requireCohortStaff } from "@/lib/server/cohorts/access";
import { heatmapPage } from "@/lib/server/dashboard/heatmap";
import { pageQuery, parseQuery, type SearchParams } from "@/lib/server/dashboard/params";
import { Pager, pct, QueryError } from "../ui";

export const metadata: Metadata = { title: "Cohort heatmap" };

const band = (share: number) => (share === 0 ? 0 : Math.min(4, Math.ceil(share * 4)));

export default async function HeatmapPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const { cohort } = await requireCohortStaff(id);
  const base = `/teach/cohorts/${encodeURIComponent(cohort.id)}`;
  const parsed = parseQuery(pageQuery, await searchParams);
  if (!parsed.ok) return <><h1>Heatmap</h1><QueryError message={parsed.message} href={`${base}/heatmap`} /></>;
  const data = await heatmapPage(cohort, parsed.value.page);
  const averages = data.modules.map((m, j) => ({
    module: m.module,
    avg: data.learners.length ? data.learners.reduce((s, l) => s + l.shares[j], 0) / data.learners.length : 0,
  }));
  const weakest = [...averages].sort((a, b) => a.avg - b.avg)[0];
  return (
    <>
      <h1>{cohort.name}: mastery heatmap</h1>
      <p>
        Each cell is the share of a module&apos;s skills the learner has mastered (0–25–50–75–100 % shading darkens with the share).
        {weakest && data.learners.length > 0 && <> On this page the weakest module is <strong>{weakest.module}</strong> (average {pct(weakest.avg)}).</>}
      </p>
      <div className="table-wrap">
        <table className="data heat">
          <caption>Mastery share by module, learners {(data.page - 1) * 50 + 1}–{(data.page - 1) * 50 + data.learners.length} of {data.total}</caption>
          <thead>
            <tr>
              <th scope="col" className="left">Learner</th>
              {data.modules.map((m) => <th scope="col" key={m.module} title={m.module}>{m.module}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.learners.map((l) => (
              <tr key={l.userId}>
                <th scope="row"><Link href={`${base}/learners/${encodeURIComponent(l.userId)}`}>{l.name}</Link></th>
                {l.shares.map((s, j) => (
                  <td key={data.modules[j].module} className={`heat-${band(s)}`}>{pct(s)}<span className="sr-only"> ({l.mastered[j]} of {data.modules[j].total} skills)</span></td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager base={`${base}/heatmap`} current={{}} page={data.page} pages={data.pages} label="Heatmap pages" />
    </>
  );
}
