// EXPLAIN (ANALYZE, BUFFERS) of a dashboard query, for bench/dashboard.ts's closing figures; with
// the same sort memory the cohort-wide aggregates run with (sql.ts withWorkMem).
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { AGGREGATE_WORK_MEM } from "./sql";

export async function explainAnalyze(db: Db, query: Prisma.Sql): Promise<string> {
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${AGGREGATE_WORK_MEM}'`);
    return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, ...query.values);
  }, { timeout: 120_000, maxWait: 10_000 });
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}
