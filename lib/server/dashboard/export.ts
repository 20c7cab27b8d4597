// The CSV exports' rows, fetched in keyset batches (never the whole cohort at once): members
// (the members table's columns) and attempts (one row per answer, oldest first per learner).
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import type { CsvValue } from "./csv";
import { memberRows, type CohortRef } from "./members";
import type { ItemWindow } from "./params";
import { utc } from "./sql";

const MEMBER_BATCH = 500;
const ATTEMPT_BATCH = 5_000;
const DAY_MS = 86_400_000;

export function memberCsvHeader(courses: readonly string[]): string[] {
  return ["user_id", "name", "email", "last_active", "daily_set_answered_7d", "daily_set_issued_7d", "streak_days",
    "reviews_due", "reviews_overdue", ...courses.map((c) => `mastered_${c}`), "exams", "certificates"];
}

type MemberBatch = { rows: CsvValue[][]; last: string | null };

async function memberBatch(cohort: CohortRef, after: string, now: Date): Promise<MemberBatch> {
  const ids = await getDb().$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "CohortMember" WHERE "cohortId" = ${cohort.id} AND "userId" > ${after} ORDER BY "userId" LIMIT ${MEMBER_BATCH}`;
  const rows = await memberRows(cohort, ids.map((r) => r.userId), now);
  return {
    last: ids.length === MEMBER_BATCH ? ids[ids.length - 1].userId : null,
    rows: rows.map((r) => [
      r.userId, r.name, r.email, r.lastActive, r.dailyAnswered, r.dailyIssued, r.streak, r.due, r.overdue,
      ...r.mastery.map((m) => m.mastered),
      r.exams.map((e) => `${e.course} ${e.status.toLowerCase()}${e.score === null ? "" : ` ${Math.round(e.score * 100)}%`}${e.passed ? " passed" : e.passed === false ? " failed" : ""}`),
      r.certificates,
    ]),
  };
}

/** Batches of members by id; the next batch is fetched while this one is written (two at most in memory). */
export async function* memberCsvRows(cohort: CohortRef, now: Date): AsyncGenerator<CsvValue[][]> {
  let pending: Promise<MemberBatch> | null = memberBatch(cohort, "", now);
  while (pending) {
    const batch: MemberBatch = await pending;
    pending = batch.last === null ? null : memberBatch(cohort, batch.last, now);
    // A reader that stops early leaves this prefetch unawaited; its failure must not go unhandled.
    pending?.catch(() => {});
    if (batch.rows.length > 0) yield batch.rows;
  }
}

export const ATTEMPT_CSV_HEADER = ["attempt_id", "user_id", "name", "skill_id", "answered_at", "correct", "answer", "mistakes", "time_taken_ms", "used_hint", "gave_up"];

type AttemptRow = { id: string; userId: string; name: string; skillId: string; createdAt: Date; correct: boolean; answerText: string; mistakes: string[]; timeTakenMs: number; usedHint: boolean; gaveUp: boolean };

export async function* attemptCsvRows(cohortId: string, window: ItemWindow, now: Date, skillId?: string): AsyncGenerator<CsvValue[][]> {
  const from = window === "all" ? new Date(0) : new Date(now.getTime() - Number(window) * DAY_MS);
  const skill = skillId === undefined ? Prisma.empty : Prisma.sql`AND a."skillId" = ${skillId}`;
  let cursor: { userId: string; createdAt: Date; id: string } | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor === null ? Prisma.empty
      : Prisma.sql`AND (a."userId", a."createdAt", a.id) > (${cursor.userId}, ${utc(cursor.createdAt)}, ${cursor.id})`;
    const rows: AttemptRow[] = await getDb().$queryRaw<AttemptRow[]>`
      SELECT a.id, a."userId", u.name, a."skillId", a."createdAt", a.correct, a."answerText", a.mistakes, a."timeTakenMs", a."usedHint", a."gaveUp"
      FROM "CohortMember" m JOIN "Attempt" a ON a."userId" = m."userId" JOIN "User" u ON u.id = m."userId"
      WHERE m."cohortId" = ${cohortId} AND a."createdAt" >= ${utc(from)} AND a."createdAt" <= ${utc(now)} ${skill} ${after}
      ORDER BY a."userId", a."createdAt", a.id LIMIT ${ATTEMPT_BATCH}`;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1];
    cursor = { userId: last.userId, createdAt: last.createdAt, id: last.id };
    yield rows.map((r) => [r.id, r.userId, r.name, r.skillId, r.createdAt, r.correct, r.answerText, r.mistakes, r.timeTakenMs, r.usedHint, r.gaveUp]);
    if (rows.length < ATTEMPT_BATCH) return;
  }
}
