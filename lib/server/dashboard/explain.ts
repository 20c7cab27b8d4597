// EXPLAIN (ANALYZE, BUFFERS) of a dashboard query, for bench/dashboard.ts's closing figures.
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/server/db";

export async function explainAnalyze(db: Db, query: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, ...query.values);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}
