// CSV of the cohort's members table, streamed in batches (staff of this cohort only).
import { requireApiCohortStaff } from "@/lib/server/cohorts/access";
import { csvHeaders, csvStream } from "@/lib/server/dashboard/csv";
import { memberCsvHeader, memberCsvRows } from "@/lib/server/dashboard/export";
import { fromUrl, pageQuery, parseQuery } from "@/lib/server/dashboard/params";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { cohort } = await requireApiCohortStaff(id);
  // No parameters are taken; anything given is refused rather than ignored.
  const parsed = parseQuery(pageQuery.omit({ page: true }), fromUrl(new URL(request.url)));
  if (!parsed.ok) return Response.json({ ok: false, code: "invalid", message: parsed.message }, { status: 400 });
  const now = new Date();
  return new Response(csvStream(memberCsvHeader(cohort.courses), memberCsvRows(cohort, now)), {
    headers: csvHeaders(`cohort-${cohort.id}-members-${now.toISOString().slice(0, 10)}.csv`),
  });
}
