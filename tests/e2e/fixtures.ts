// e2e database fixtures: the e2e server (tests/e2e/server.ts) writes its DATABASE_URL to
// test-results/e2e-database-url-<E2E_PORT>; specs seed through plain `pg` (no Prisma client in the
// Playwright process). A learner made here signs in through the real form with its password.
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";

export function databaseUrlFile(port: string | number): string {
  return path.join(process.cwd(), "test-results", `e2e-database-url-${port}`);
}

let pool: pg.Pool | undefined;

/** A small pool on the e2e server's database (closed with the worker process). */
export function e2ePool(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: readFileSync(databaseUrlFile(process.env.E2E_PORT ?? ""), "utf8").trim(), max: 2 });
  return pool;
}

export interface SeededLearner { id: string; email: string; password: string; name: string }

/** A learner account enrolled in the given courses. */
export async function seedLearner(courses: string[], name = "Ada Lovelace"): Promise<SeededLearner> {
  const id = randomUUID();
  const email = `e2e-${randomBytes(5).toString("hex")}@example.com`;
  const password = `pass-${randomBytes(6).toString("hex")}`;
  const db = e2ePool();
  await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [id, email, name, await bcrypt.hash(password, 10)]);
  for (const course of courses) await db.query(`INSERT INTO "Enrolment" ("userId", course) VALUES ($1, $2)`, [id, course]);
  return { id, email, password, name };
}

export function courseSkillIds(course: string): string[] {
  const curriculum = JSON.parse(readFileSync(path.join(process.cwd(), "exercises", "curriculum.json"), "utf8")) as { id: string; course: string }[];
  return curriculum.filter((s) => s.course === course).map((s) => s.id);
}

/**
 * Marks skills learned and mastered (4 successful reviews, stability 40 days, due in 30 days):
 * every skill of the course, or the first `count` in curriculum order.
 */
export async function masterSkills(userId: string, course: string, count?: number): Promise<string[]> {
  const ids = courseSkillIds(course).slice(0, count);
  const now = new Date();
  const due = new Date(now.getTime() + 30 * 86_400_000).toISOString();
  const rows = ids.map((skillId) => ({
    skillId, state: "review", stability: 40, difficulty: 5, due, lastReview: now.toISOString(), scheduledDays: 30,
    reps: 4, lapses: 0, successes: 4, lastRating: "good", implicitCredits: 0,
  }));
  await e2ePool().query(
    `INSERT INTO "SkillState" ("userId", "skillId", memory, "updatedAt")
     SELECT $1, m->>'skillId', m, now() FROM jsonb_array_elements($2::jsonb) AS m
     ON CONFLICT ("userId", "skillId") DO UPDATE SET memory = EXCLUDED.memory, "updatedAt" = now()`,
    [userId, JSON.stringify(rows)],
  );
  return ids;
}

/** The right answers to an exam attempt, regenerated from its stored seeds by the generator library (tsx: Playwright cannot load it). */
export async function examRightAnswers(attemptId: string): Promise<string[]> {
  const { rows } = await e2ePool().query(`SELECT "skillId", seed, level FROM "ExamItem" WHERE "attemptId" = $1 ORDER BY position`, [attemptId]);
  return JSON.parse(execFileSync("npx", ["tsx", "tests/e2e/exams-answers.ts", JSON.stringify(rows)], { encoding: "utf8" })) as string[];
}
