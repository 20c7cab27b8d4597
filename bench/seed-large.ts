// `npm run bench:seed-large`: one cohort of 10,000 learners (BENCH_COHORT_LEARNERS) with a skill
// state for every curriculum skill and ~2 million attempts (BENCH_ATTEMPTS_PER_LEARNER = 200), built
// inside Postgres with INSERT … SELECT generate_series in batches of learners (no rows cross the wire).
// Target: DATABASE_URL, or the developer's embedded database. bench/dashboard.ts calls seedLargeCohort.
// Pseudo-random values are hashes of row keys, so the figures repeat for the same sizes and clock.
import bcrypt from "bcryptjs";
import pg from "pg";
import { curriculum } from "@/exercises/curriculum";
import { getGenerator } from "@/exercises/registry";

/** Runs one statement with $1… parameters (a pg client, or Prisma's $executeRawUnsafe). */
export type Run = (sql: string, params?: unknown[]) => Promise<unknown>;

export interface SeedOptions { learners: number; attemptsPerLearner: number; now: Date; batch?: number; log?: (line: string) => void }
export interface SeededCohort { cohortId: string; instructorEmail: string; instructorPassword: string; learners: number; attempts: number }

export const SEED_PASSWORD = "seed-large-password";
const DAYS = 90;
/** A repeatable uniform [0, 1) from a text key: random() in a LATERAL subquery may be evaluated once per outer row. */
const rnd = (key: string) => `((hashtextextended(${key}, 42) & 1048575) / 1048576.0)`;

function skillArrays() {
  const ids = curriculum.skills.map((s) => s.id);
  // Tags the real generators report, so item analysis shows the same words as production.
  const tags = ids.map((id) => (getGenerator(id)?.mistakes.map((m) => m.tag) ?? []).join(",") || "sign-error");
  return { ids, tags };
}

/** Everything for learner numbers [from, to]: users, enrolments, membership, skill states, problems, attempts. */
async function seedBatch(run: Run, cohortId: string, hash: string, from: number, to: number, o: SeedOptions) {
  const { ids, tags } = skillArrays();
  const now = o.now.toISOString();
  await run(`
    INSERT INTO "User"(id, email, name, "passwordHash", role, "timeZone", "createdAt", "updatedAt")
    SELECT 'sl-u-' || i, 'learner' || i || '@seed.example', 'Learner ' || lpad(i::text, 5, '0'), $1, 'LEARNER',
           (ARRAY['UTC','Europe/London','America/New_York','Asia/Tokyo'])[1 + i % 4], $2::timestamptz - interval '120 days', $2
    FROM generate_series($3::int, $4::int) i`, [hash, now, from, to]);
  await run(`INSERT INTO "Enrolment"("userId", course, "createdAt")
    SELECT 'sl-u-' || i, c, $1::timestamptz - interval '100 days' FROM generate_series($2::int, $3::int) i,
      unnest(ARRAY['linear-algebra','multivariate-calculus','pca']) c`, [now, from, to]);
  await run(`INSERT INTO "CohortMember"("cohortId", "userId", "joinedAt")
    SELECT $1, 'sl-u-' || i, $2::timestamptz - interval '95 days' FROM generate_series($3::int, $4::int) i`, [cohortId, now, from, to]);
  // Learner i's ability (0.35–0.95) drives successes and stability; due dates spread from 4–13 days ago to ~50 days ahead.
  await run(`
    INSERT INTO "SkillState"("userId", "skillId", memory, "updatedAt")
    SELECT 'sl-u-' || i, s.id, jsonb_build_object(
      'skillId', s.id, 'state', CASE WHEN r.reps = 0 THEN 'new' ELSE 'review' END,
      'stability', r.stab, 'difficulty', 5, 'due', to_char(r.due AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'lastReview', CASE WHEN r.reps = 0 THEN NULL ELSE to_char((r.due - make_interval(days => r.stab::int)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
      'scheduledDays', r.stab::int, 'reps', r.reps, 'lapses', r.reps - r.succ, 'successes', r.succ,
      'lastRating', CASE WHEN r.reps = 0 THEN NULL ELSE 'good' END, 'implicitCredits', 0), $1::timestamptz
    FROM generate_series($2::int, $3::int) i
    CROSS JOIN unnest($4::text[]) s(id)
    CROSS JOIN LATERAL (SELECT 0.35 + 0.6 * ((i * 7919) % 1000) / 1000.0 AS ability,
      ${rnd("i || s.id || 'r'")} AS u1, ${rnd("i || s.id || 's'")} AS u2, ${rnd("i || s.id || 't'")} AS u3, ${rnd("i || s.id || 'd'")} AS u4) a
    CROSS JOIN LATERAL (SELECT floor(a.u1 * 8 * a.ability)::int AS reps) r0
    CROSS JOIN LATERAL (SELECT r0.reps, least(r0.reps, floor(r0.reps * a.ability + a.u2)::int) AS succ,
      round((a.u3 * 70 * a.ability)::numeric, 2)::float8 AS stab,
      $1::timestamptz + make_interval(secs => (a.u4 * 60 - 4 - (i % 10)) * 86400) AS due) r`, [now, from, to, ids]);
  // Attempt k of learner i: spread over DAYS days ending at the learner's last active day (0–9 days ago).
  await run(`
    INSERT INTO "IssuedProblem"(id, "userId", "skillId", seed, level, "issuedAt", "localDate", source, "setIndex", "answeredAt")
    SELECT 'sl-p-' || i || '-' || k, 'sl-u-' || i, ($4::text[])[1 + (i * 7 + k * 13) % cardinality($4::text[])],
           k, 1, t.at, to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 'DAILY', k, t.at + interval '1 minute'
    FROM generate_series($2::int, $3::int) i CROSS JOIN generate_series(0, $5::int - 1) k
    CROSS JOIN LATERAL (SELECT $1::timestamptz - make_interval(days => (i * 31) % 10)
      - make_interval(secs => (($5 - 1 - k) * ${DAYS} * 86400.0 / $5) + ${rnd("i || '-' || k")} * 3600) AS at) t`,
    [now, from, to, ids, o.attemptsPerLearner]);
  await run(`
    INSERT INTO "Attempt"(id, "userId", "clientId", "problemId", "skillId", "answerText", parsed, verdict, mistakes, correct, score,
                          "timeTakenMs", "usedHint", "gaveUp", rating, "createdAt")
    SELECT 'sl-a-' || substr(p.id, 6), p."userId", 'sl-c-' || p.id, p.id, p."skillId",
           CASE WHEN w.ok THEN '42' ELSE (ARRAY['(1, 2)', '[[1, 0], [0, 1]]', '-3', '1/2', 'x^2', '0', '5'])[1 + p.seed % 7] END,
           NULL,
           jsonb_build_object('correct', w.ok, 'score', CASE WHEN w.ok THEN 1 ELSE 0 END, 'feedback',
             CASE WHEN w.ok THEN 'Correct.' ELSE 'Not quite: ' || w.tag || '.' END, 'mistakes', CASE WHEN w.ok THEN '[]'::jsonb ELSE jsonb_build_array(w.tag) END),
           CASE WHEN w.ok THEN '{}'::text[] ELSE ARRAY[w.tag] END, w.ok, CASE WHEN w.ok THEN 1 ELSE 0 END,
           (15000 + ${rnd("p.id")} * 150000)::int, false, false, CASE WHEN w.ok THEN 'good' ELSE 'again' END, p."answeredAt"
    FROM "IssuedProblem" p
    CROSS JOIN LATERAL (SELECT array_position($3::text[], p."skillId") AS j) s
    CROSS JOIN LATERAL (SELECT ${rnd("p.id || 'ok'")} < 0.35 + 0.6 * ((substr(p."userId", 6)::int * 7919) % 1000) / 1000.0 AS ok,
      (SELECT t[1 + p.seed % cardinality(t)] FROM string_to_array(($4::text[])[s.j], ',') t) AS tag) w
    WHERE p.id LIKE 'sl-p-%' AND p."userId" IN (SELECT 'sl-u-' || g FROM generate_series($1::int, $2::int) g)`,
    [from, to, ids, tags]);
  // Every fifth learner sat the linear-algebra exam; every tenth holds its certificate.
  await run(`
    INSERT INTO "ExamAttempt"(id, "userId", course, status, "startedAt", deadline, "closedAt", score, "passMark", passed)
    SELECT 'sl-e-' || i, 'sl-u-' || i, 'linear-algebra', 'SUBMITTED', $1::timestamptz - interval '5 days',
           $1::timestamptz - interval '5 days' + interval '90 minutes', $1::timestamptz - interval '5 days' + interval '60 minutes',
           0.5 + (i % 50) / 100.0, 0.7, 0.5 + (i % 50) / 100.0 >= 0.7
    FROM generate_series($2::int, $3::int) i WHERE i % 5 = 0`, [now, from, to]);
  await run(`
    INSERT INTO "Certificate"(id, code, "userId", credential, "holderName", "issuerName", skills, "issuedAt")
    SELECT 'sl-cert-' || i, 'SLCERT' || upper(md5('sl' || i)), 'sl-u-' || i, 'linear-algebra', 'Learner ' || lpad(i::text, 5, '0'),
           'Basis', '{}', $1::timestamptz - interval '4 days'
    FROM generate_series($2::int, $3::int) i WHERE i % 10 = 0`, [now, from, to]);
}

/** Creates the instructor and cohort, then the learners in batches. A database that has them already is refused (unique ids). */
export async function seedLargeCohort(run: Run, o: SeedOptions): Promise<SeededCohort> {
  const log = o.log ?? console.log;
  {
    const hash = await bcrypt.hash(SEED_PASSWORD, 10);
    const instructorEmail = "seed-instructor@seed.example";
    await run(`INSERT INTO "User"(id, email, name, "passwordHash", role, "updatedAt") VALUES ('sl-instructor', $1, 'Seed Instructor', $2, 'INSTRUCTOR', now())`, [instructorEmail, hash]);
    await run(`INSERT INTO "Cohort"(id, name, courses, "startDate", "joinCode", "createdById")
      VALUES ('sl-cohort', 'Large cohort', ARRAY['linear-algebra','multivariate-calculus','pca'], ($1::timestamptz - interval '95 days')::date, 'SEEDLRG1', 'sl-instructor')`, [o.now.toISOString()]);
    await run(`INSERT INTO "CohortInstructor"("cohortId", "userId") VALUES ('sl-cohort', 'sl-instructor')`);
    const batch = o.batch ?? 1000;
    const t0 = Date.now();
    for (let from = 1; from <= o.learners; from += batch) {
      const to = Math.min(o.learners, from + batch - 1);
      await seedBatch(run, "sl-cohort", hash, from, to, o);
      log(`  learners ${from}–${to} seeded (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    // Visibility map and statistics: index-only scans (last active, counts per learner) need both.
    await run("VACUUM ANALYZE");
    return { cohortId: "sl-cohort", instructorEmail, instructorPassword: SEED_PASSWORD, learners: o.learners, attempts: o.learners * o.attemptsPerLearner };
  }
}

async function main(): Promise<void> {
  const { DEFAULT_LOCAL_DATABASE_URL } = await import("../scripts/db/urls");
  const url = process.env.DATABASE_URL ?? DEFAULT_LOCAL_DATABASE_URL;
  const learners = Number(process.env.BENCH_COHORT_LEARNERS ?? 10_000);
  const attemptsPerLearner = Number(process.env.BENCH_ATTEMPTS_PER_LEARNER ?? 200);
  const t0 = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seeded = await seedLargeCohort((sql, params) => client.query(sql, params), { learners, attemptsPerLearner, now: new Date() })
    .finally(() => client.end());
  console.log(`Seeded cohort ${seeded.cohortId}: ${seeded.learners} learners, ${seeded.attempts} attempts, ` +
    `${curriculum.skills.length} skill states each, in ${((Date.now() - t0) / 1000).toFixed(1)} s. Instructor: ${seeded.instructorEmail} / ${SEED_PASSWORD}`);
}

if (process.argv[1]?.endsWith("seed-large.ts")) {
  main().catch((error: unknown) => {
    console.error(`seed-large failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
