// CSV of the cohort members' attempts (optionally ?window=7|30|90|all and ?skill=), streamed in
// keyset batches (staff of this cohort only).
import { curriculum } from "@/exercises/curriculum";
import { requireApiCohortStaff } from "@/lib/server/cohorts/access";
import { csvHeaders, csvStream } from "@/lib/server/dashboard/csv";
import { ATTEMPT_CSV_HEADER, attemptCsvRows } from "@/lib/server/dashboard/export";
import { fromUrl, itemsQuery, parseQuery } from "@/lib/server/dashboard/params";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { cohort } = await requireApiCohortStaff(id);
  const parsed = parseQuery(itemsQuery.extend({ window: itemsQuery.shape.window.removeDefault().default("all") }), fromUrl(new URL(request.url)));
  if (!parsed.ok) return Response.json({ ok: false, code: "invalid", message: parsed.message }, { status: 400 });
  const { window, skill } = parsed.value;
  if (skill !== undefined && !curriculum.byId.has(skill)) {
    return Response.json({ ok: false, code: "invalid", message: `Unknown skill "${skill}".` }, { status: 400 });
  }
  const now = new Date();
  return new Response(csvStream(ATTEMPT_CSV_HEADER, attemptCsvRows(cohort.id, window, now, skill)), {
    headers: csvHeaders(`cohort-${cohort.id}-attempts-${now.toISOString().slice(0, 10)}.csv`),
  });
}
