// Recording an answer: checks it against the regenerated problem, then writes the attempt, the
// review-log entries and every changed skill memory in ONE transaction. Idempotent per
// client-generated id, so a double click or a retried request records one attempt.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { MAX_LENGTH, parse } from "@/lib/answers";
import { applyAttempt, type SkillMemory } from "@/lib/scheduling";
import { getDb } from "./db";
import { loadMemories, type Failure } from "./learning";
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

  const issued = await db.issuedProblem.findUnique({ where: { id: problemId } });
  if (!issued) return refuse("not-issued", NOT_ISSUED);
  if (issued.userId !== userId) return refuse("not-yours", NOT_YOURS);
  const replay = await findReplay(userId, clientId, issued);
  if (replay) return replay;
  if (issued.answeredAt) return refuse("already-answered", ALREADY);

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

  let wrote = false;
  try {
    wrote = await db.$transaction(
      async (tx) => {
        // One learner's submissions are serialised: each reads the memories the previous one wrote.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${userId}, 0))`;
        if (await tx.attempt.findUnique({ where: { userId_clientId: { userId, clientId } }, select: { id: true } })) return false;
        const claimed = await tx.issuedProblem.updateMany({ where: { id: problemId, answeredAt: null }, data: { answeredAt: now } });
        if (claimed.count === 0) throw new AlreadyAnswered();
        const memories = await loadMemories(userId, tx);
        const result = applyAttempt(learnerGraph(), memories, issued.skillId, { correct: verdict.correct, usedHint, gaveUp, timeTakenMs }, now);
        const attempt = await tx.attempt.create({
          data: {
            userId, clientId, problemId, skillId: issued.skillId, answerText: answer,
            parsed: { interpreted, value: strict?.ok ? (strict.value as unknown as Prisma.InputJsonValue) : null },
            verdict, mistakes: verdict.mistakes, correct: verdict.correct, score: verdict.score,
            timeTakenMs, usedHint, gaveUp, rating: result.rating, createdAt: now,
          },
          select: { id: true },
        });
        await tx.reviewLog.createMany({
          data: result.log.map((e) => ({
            userId, attemptId: attempt.id, skillId: e.skillId, kind: e.kind, rating: e.rating, at: new Date(e.at),
            entry: e as unknown as Prisma.InputJsonValue,
          })),
        });
        for (const m of result.updated) await saveMemory(tx, userId, m);
        return true;
      },
      { maxWait: 15_000, timeout: 30_000 },
    );
  } catch (error) {
    if (error instanceof AlreadyAnswered) return (await findReplay(userId, clientId, issued)) ?? refuse("already-answered", ALREADY);
    // The unique (userId, clientId) index is the last line of defence against a duplicate.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await findReplay(userId, clientId, issued);
      if (again) return again;
    }
    throw error;
  }
  return (await findReplay(userId, clientId, issued, !wrote)) ?? refuse("generator", "The attempt was recorded but cannot be shown.");
}

async function findReplay(
  userId: string, clientId: string, issued: { id: string; seed: number; level: number }, replayed = true,
): Promise<RecordResult | null> {
  const a = await getDb().attempt.findUnique({ where: { userId_clientId: { userId, clientId } } });
  if (!a) return null;
  if (a.problemId !== issued.id) return refuse("invalid", "This submission id was already used for another problem; reload the page.");
  const view = attemptView(a, issued, replayed);
  return view ? { ok: true, view } : refuse("generator", "The attempt was recorded but its problem can no longer be shown.");
}

function saveMemory(tx: Prisma.TransactionClient, userId: string, m: SkillMemory) {
  const memory = m as unknown as Prisma.InputJsonValue;
  return tx.skillState.upsert({
    where: { userId_skillId: { userId, skillId: m.skillId } },
    create: { userId, skillId: m.skillId, memory },
    update: { memory },
  });
}
