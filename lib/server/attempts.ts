// Recording an answer: checks it against the regenerated problem (before any lock is taken), then
// writes the attempt, the review-log entries and every changed skill memory in ONE transaction.
// Idempotent per client-generated id, so a double click or a retried request records one attempt.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { MAX_LENGTH, parse } from "@/lib/answers";
import { applyAttempt, type AttemptResult } from "@/lib/scheduling";
import { getDb } from "./db";
import { loadMemories, memoriesNeededFor, type Failure } from "./learning";
import { generateProblem, learnerGraph } from "./skill-graph";

/** Longer than an hour away from the page is not solving time; it would only distort the rating. */
const MAX_TIME_MS = 3_600_000;

export const SubmitInput = z.object({
  problemId: z.string().min(1).max(64),
  clientId: z.string().min(8, "The submission id is missing; reload the page.").max(64),
  answer: z.string().max(MAX_LENGTH, `The answer is too long: the limit is ${MAX_LENGTH.toLocaleString("en")} characters.`),
  timeTakenMs: z.number().finite().transform((ms) => Math.round(Math.min(MAX_TIME_MS, Math.max(0, ms)))),
  usedHint: z.boolean(),
  gaveUp: z.boolean(),
});
export type SubmitInput = z.input<typeof SubmitInput>;

/** What the learner sees after submitting: verdict, the expected answer and the worked solution. */
export interface AttemptView {
  problemId: string;
  skillId: string;
  correct: boolean;
  gaveUp: boolean;
  feedback: string;
  mistakes: string[];
  answerText: string;
  /** How the learner's answer was read, in the answer language (null when unparsed / gave up). */
  interpreted: string | null;
  expectedLatex: string;
  solution: string[];
  replayed: boolean;
}

export type RecordResult = { ok: true; view: AttemptView } | Failure;

const refuse = (code: string, message: string): Failure => ({ ok: false, code, message });

const NOT_ISSUED = "This problem was never issued to you, so nothing was recorded. Open a problem from today's set or from practice.";
const NOT_YOURS = "This problem belongs to another learner, so nothing was recorded.";
const ALREADY = "You have already answered this problem; nothing new was recorded. Go on to the next one.";

class AlreadyAnswered extends Error {}

type StoredAttempt = {
  problemId: string; skillId: string; correct: boolean; gaveUp: boolean; answerText: string;
  verdict: Prisma.JsonValue; mistakes: string[]; parsed: Prisma.JsonValue;
};
const storedAttemptSelect = {
  clientId: true, problemId: true, skillId: true, correct: true, gaveUp: true, answerText: true, verdict: true, mistakes: true, parsed: true,
} as const;

/** The view of a stored attempt (after a reload, or a replayed submission). */
export function attemptView(a: StoredAttempt, issued: { seed: number; level: number }, replayed = false): AttemptView | null {
  const generated = generateProblem(a.skillId, issued.seed, issued.level);
  if (!generated.ok) return null;
  const verdict = a.verdict as { feedback?: string } | null;
  const parsed = a.parsed as { interpreted?: string | null } | null;
  return {
    problemId: a.problemId, skillId: a.skillId, correct: a.correct, gaveUp: a.gaveUp, feedback: verdict?.feedback ?? "",
    mistakes: a.mistakes, answerText: a.answerText, interpreted: parsed?.interpreted ?? null,
    expectedLatex: generated.problem.answer.latex, solution: generated.problem.solution, replayed,
  };
}

export async function recordAttempt(userId: string, raw: unknown, options: { now?: Date } = {}): Promise<RecordResult> {
  const now = options.now ?? new Date();
  const input = SubmitInput.safeParse(raw);
  if (!input.success) return refuse("invalid", input.error.issues[0]?.message ?? "The submission could not be read.");
  const { problemId, clientId, answer, timeTakenMs, usedHint, gaveUp } = input.data;
  const db = getDb();

  // One read answers "issued? yours? already answered, and by this very submission?".
  const issued = await db.issuedProblem.findUnique({
    where: { id: problemId },
    select: { id: true, userId: true, skillId: true, seed: true, level: true, answeredAt: true, attempt: { select: storedAttemptSelect } },
  });
  if (!issued) return refuse("not-issued", NOT_ISSUED);
  if (issued.userId !== userId) return refuse("not-yours", NOT_YOURS);
  if (issued.attempt?.clientId === clientId) return viewOrRefuse(issued.attempt, issued, true);
  if (issued.answeredAt || issued.attempt) return refuse("already-answered", ALREADY);

  const generated = generateProblem(issued.skillId, issued.seed, issued.level);
  if (!generated.ok) return refuse("generator", generated.message);
  const { problem, generator } = generated;
  if (!gaveUp && answer.trim() === "") return refuse("empty", "Type an answer first, or choose “I don't know”.");
  const checked = gaveUp
    ? { correct: false, score: 0, feedback: "You chose “I don't know”. Study the worked solution; this skill comes back soon.", mistakes: ["gave-up"], interpreted: null }
    : generator.check(problem, answer);
  if (checked.mistakes.includes("unparsed")) return refuse("unparsable", `Your answer could not be read: ${checked.feedback}. Nothing was recorded.`);
  const strict = gaveUp ? null : parse(answer, problem.expects, problem.parseOptions);
  const { interpreted, ...verdict } = checked;
  const graph = learnerGraph();

  try {
    await db.$transaction(
      async (tx) => {
        // One learner's submissions are serialised: each reads the memories the previous one wrote.
        // (A row lock on the issued problem would only serialise answers to the same problem.)
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${userId}, 0))`;
        const memories = await loadMemories(userId, tx, memoriesNeededFor(graph, issued.skillId));
        const result = applyAttempt(graph, memories, issued.skillId, { correct: verdict.correct, usedHint, gaveUp, timeTakenMs }, now);
        const written = await writeAttempt(tx, {
          userId, clientId, problemId, skillId: issued.skillId, answerText: answer, now, timeTakenMs, usedHint, gaveUp,
          parsed: { interpreted, value: strict?.ok ? strict.value : null }, verdict, result,
        });
        if (!written) throw new AlreadyAnswered();
      },
      { maxWait: 15_000, timeout: 30_000 },
    );
  } catch (error) {
    // Answered meanwhile (a concurrent double submit), or this client id already used: the stored attempt decides.
    if (error instanceof AlreadyAnswered || isUniqueViolation(error)) {
      return (await findReplay(userId, clientId, issued)) ?? refuse("already-answered", ALREADY);
    }
    throw error;
  }
  return {
    ok: true,
    view: {
      problemId, skillId: issued.skillId, correct: verdict.correct, gaveUp, feedback: verdict.feedback, mistakes: verdict.mistakes,
      answerText: answer, interpreted: interpreted ?? null, expectedLatex: problem.answer.latex, solution: problem.solution, replayed: false,
    },
  };
}

function viewOrRefuse(a: StoredAttempt, issued: { seed: number; level: number }, replayed: boolean): RecordResult {
  const view = attemptView(a, issued, replayed);
  return view ? { ok: true, view } : refuse("generator", "The attempt was recorded but its problem can no longer be shown.");
}

async function findReplay(userId: string, clientId: string, issued: { id: string; seed: number; level: number }): Promise<RecordResult | null> {
  const a = await getDb().attempt.findUnique({ where: { userId_clientId: { userId, clientId } }, select: storedAttemptSelect });
  if (!a) return null;
  if (a.problemId !== issued.id) return refuse("invalid", "This submission id was already used for another problem; reload the page.");
  return viewOrRefuse(a, issued, true);
}

/** Postgres unique violation, as a Prisma model error (P2002) or inside a failed raw query (P2010). */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === "P2002" || (error.code === "P2010" && JSON.stringify(error.meta ?? {}).includes("23505"));
}

interface AttemptRow {
  userId: string; clientId: string; problemId: string; skillId: string; answerText: string; now: Date;
  timeTakenMs: number; usedHint: boolean; gaveUp: boolean; parsed: unknown;
  verdict: { correct: boolean; score: number; feedback: string; mistakes: string[] }; result: AttemptResult;
}

/**
 * Claims the issued problem and writes the attempt, its review-log entries and every changed
 * memory in one statement (three inserts chained on the claim, so a lost claim writes nothing).
 * Hand-written SQL because Prisma has no batch upsert: one upsert per memory was a round trip each.
 * Returns false when the problem was already answered.
 */
async function writeAttempt(tx: Prisma.TransactionClient, a: AttemptRow): Promise<boolean> {
  const at = a.now.toISOString();
  const logs = a.result.log.map((e) => ({ id: randomUUID(), skillId: e.skillId, kind: e.kind, rating: e.rating, at: e.at, entry: e }));
  const memories = a.result.updated.map((m) => ({ skillId: m.skillId, memory: m }));
  const rows = await tx.$queryRaw<{ written: number }[]>`
    WITH claim AS (
      UPDATE "IssuedProblem" SET "answeredAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
      WHERE "id" = ${a.problemId} AND "userId" = ${a.userId} AND "answeredAt" IS NULL
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
    ), memories AS (
      INSERT INTO "SkillState" ("userId", "skillId", "memory", "updatedAt")
      SELECT ${a.userId}, m."skillId", m."memory", ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM attempt, jsonb_to_recordset(${JSON.stringify(memories)}::jsonb) AS m("skillId" text, "memory" jsonb)
      ON CONFLICT ("userId", "skillId") DO UPDATE SET "memory" = EXCLUDED."memory", "updatedAt" = EXCLUDED."updatedAt"
    )
    SELECT count(*)::int AS written FROM attempt`;
  return (rows[0]?.written ?? 0) > 0;
}
