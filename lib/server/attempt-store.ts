// The submit path's SQL: one read (the issued problem, its attempt, the learner's memories with
// their row versions) and one write statement, atomic on its own, so an answer costs two round
// trips. Hand-written because Prisma has neither a batch upsert nor a conditional one, and each
// model query (and an interactive transaction's BEGIN/COMMIT) was a round trip of its own: twelve
// per answer before.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { AttemptResult } from "@/lib/scheduling";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

const json = z.custom<Prisma.JsonValue>(() => true);

const StoredAttempt = z.object({
  clientId: z.string(), problemId: z.string(), skillId: z.string(), correct: z.boolean(), gaveUp: z.boolean(),
  answerText: z.string(), verdict: json, mistakes: z.array(z.string()), parsed: json,
});

const IssuedRow = z.object({
  id: z.string(), userId: z.string(), skillId: z.string(), seed: z.number().int(), level: z.number().int(), answered: z.boolean(),
  attempt: StoredAttempt.nullable(),
  // xmin: the id of the transaction that last wrote the row; the write below replaces a memory only if it is unchanged.
  memories: z.array(z.object({ skillId: z.string(), memory: json, version: z.string() })).nullable(),
});
export type IssuedForAnswer = z.infer<typeof IssuedRow>;

/** The issued problem with its attempt (if any) and every memory of `userId`; null when not issued. */
export async function readForAnswer(db: Db, userId: string, problemId: string): Promise<IssuedForAnswer | null> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT ip."id", ip."userId", ip."skillId", ip."seed", ip."level", ip."answeredAt" IS NOT NULL AS "answered",
      (SELECT jsonb_build_object('clientId', a."clientId", 'problemId', a."problemId", 'skillId', a."skillId", 'correct', a."correct",
          'gaveUp', a."gaveUp", 'answerText', a."answerText", 'verdict', a."verdict", 'mistakes', coalesce(to_jsonb(a."mistakes"), '[]'::jsonb),
          'parsed', a."parsed")
        FROM "Attempt" a WHERE a."problemId" = ip."id") AS "attempt",
      (SELECT jsonb_agg(jsonb_build_object('skillId', s."skillId", 'memory', s."memory", 'version', s.xmin::text))
        FROM "SkillState" s WHERE s."userId" = ${userId}) AS "memories"
    FROM "IssuedProblem" ip WHERE ip."id" = ${problemId}`;
  return rows.length === 0 ? null : IssuedRow.parse(rows[0]);
}

export interface AttemptRow {
  userId: string; clientId: string; problemId: string; skillId: string; answerText: string; now: Date;
  timeTakenMs: number; usedHint: boolean; gaveUp: boolean; parsed: unknown;
  verdict: { correct: boolean; score: number; feedback: string; mistakes: string[] }; result: AttemptResult;
}

export type WriteOutcome = "written" | "answered" | "stale";

/**
 * Claims the issued problem and writes the attempt, its review-log entries and every changed
 * memory in one statement (atomic without BEGIN/COMMIT); everything hangs off the claim, so a lost
 * claim writes nothing. Memories are optimistic: `versions` (skill → xmin of the row read) must
 * still hold for every row replaced — they are locked first and the claim is gated on them — and a
 * memory read as absent is inserted without ON CONFLICT, so one that appeared meanwhile fails the
 * statement on the primary key. Either way "stale": another answer of this learner changed a
 * memory since the read, and the caller recomputes on fresh memories.
 */
export async function writeAttempt(db: Db, a: AttemptRow, versions: ReadonlyMap<string, string>): Promise<WriteOutcome> {
  const at = a.now.toISOString();
  const logs = a.result.log.map((e) => ({ id: randomUUID(), skillId: e.skillId, kind: e.kind, rating: e.rating, at: e.at, entry: e }));
  // In skill order, so two answers of one learner lock and insert rows in the same order (no deadlock).
  const updated = [...a.result.updated].sort((x, y) => (x.skillId < y.skillId ? -1 : x.skillId > y.skillId ? 1 : 0));
  const replaced = updated.filter((m) => versions.has(m.skillId)).map((m) => ({ skillId: m.skillId, memory: m }));
  const added = updated.filter((m) => !versions.has(m.skillId)).map((m) => ({ skillId: m.skillId, memory: m }));
  const expected = replaced.map((m) => `${m.skillId}:${versions.get(m.skillId)}`);
  const rows = await db.$queryRaw<{ claimed: number; fresh: boolean }[]>`
    WITH locked AS (
      SELECT "skillId", xmin::text AS "version" FROM "SkillState"
      WHERE "userId" = ${a.userId} AND "skillId" = ANY(ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(replaced.map((m) => m.skillId))}::jsonb)))
      ORDER BY "skillId" FOR UPDATE
    ), fresh AS (
      SELECT count(*) = ${expected.length}::int
        AND coalesce(bool_and(("skillId" || ':' || "version") = ANY(ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(expected)}::jsonb)))), true) AS "ok"
      FROM locked
    ), claim AS (
      UPDATE "IssuedProblem" SET "answeredAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
      WHERE "id" = ${a.problemId} AND "userId" = ${a.userId} AND "answeredAt" IS NULL AND (SELECT "ok" FROM fresh)
      RETURNING "id"
    ), attempt AS (
      INSERT INTO "Attempt" ("id", "userId", "clientId", "problemId", "skillId", "answerText", "parsed", "verdict", "mistakes",
        "correct", "score", "timeTakenMs", "usedHint", "gaveUp", "rating", "createdAt")
      SELECT ${randomUUID()}, ${a.userId}, ${a.clientId}, claim."id", ${a.skillId}, ${a.answerText}, ${JSON.stringify(a.parsed)}::jsonb,
        ${JSON.stringify(a.verdict)}::jsonb, ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(a.verdict.mistakes)}::jsonb)),
        ${a.verdict.correct}, ${a.verdict.score}::double precision, ${a.timeTakenMs}::int, ${a.usedHint}, ${a.gaveUp},
        ${a.result.rating}, ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM claim
      RETURNING "id"
    ), logs AS (
      INSERT INTO "ReviewLog" ("id", "userId", "attemptId", "skillId", "kind", "rating", "at", "entry")
      SELECT l."id", ${a.userId}, attempt."id", l."skillId", l."kind", l."rating", l."at" AT TIME ZONE 'UTC', l."entry"
      FROM attempt, jsonb_to_recordset(${JSON.stringify(logs)}::jsonb) AS l("id" text, "skillId" text, "kind" text, "rating" text, "at" timestamptz, "entry" jsonb)
    ), replaced AS (
      UPDATE "SkillState" s SET "memory" = m."memory", "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM attempt, jsonb_to_recordset(${JSON.stringify(replaced)}::jsonb) AS m("skillId" text, "memory" jsonb)
      WHERE s."userId" = ${a.userId} AND s."skillId" = m."skillId"
    ), added AS (
      INSERT INTO "SkillState" ("userId", "skillId", "memory", "updatedAt")
      SELECT ${a.userId}, m."skillId", m."memory", ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM attempt, jsonb_to_recordset(${JSON.stringify(added)}::jsonb) AS m("skillId" text, "memory" jsonb)
    )
    SELECT (SELECT count(*) FROM attempt)::int AS "claimed", (SELECT "ok" FROM fresh) AS "fresh"`.catch((error: unknown) => {
    // Postgres breaks a lock cycle by failing one statement (40P01): that answer is recomputed too.
    if (violates(error, "SkillState_pkey") || ["40P01", "deadlock detected"].some((t) => mentions(error, t))) return "stale" as const;
    throw error;
  });
  if (rows === "stale") return "stale";
  const [r] = rows;
  if (r && r.claimed > 0) return "written";
  return r?.fresh === false ? "stale" : "answered";
}

/** A unique violation of `constraint`, as Prisma reports it from a raw query. */
export function violates(error: unknown, constraint: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2010") && mentions(error, constraint);
}

function mentions(error: unknown, text: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && JSON.stringify({ meta: error.meta, message: error.message }).includes(text);
}
