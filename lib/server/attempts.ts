// Recording an answer: checks it against the regenerated problem, then writes the attempt, the
// review-log entries and every changed skill memory in ONE statement (attempt-store.ts).
// Idempotent per client-generated id, so a double click or a retried request records one attempt.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { MAX_LENGTH, parse } from "@/lib/answers";
import { applyAttempt, skillMemorySchema, type SkillMemory } from "@/lib/scheduling";
import { readForAnswer, writeAttempt, type IssuedForAnswer } from "./attempt-store";
import { getDb } from "./db";
import { memoriesNeededFor, type Failure } from "./learning";
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

/**
 * Two answers of one learner at the same moment can both read a memory before either writes it;
 * the later write then finds the row changed and the answer is recomputed on the new memories.
 * More rounds than this means something keeps rewriting them: give up with an error.
 */
const MAX_ROUNDS = 8;

/** The memories applyAttempt needs, parsed; rows that no longer match the schema start afresh. */
function memoryMap(read: IssuedForAnswer, needed: readonly string[]): Map<string, SkillMemory> {
  const out = new Map<string, SkillMemory>();
  for (const r of read.memories ?? []) {
    if (!needed.includes(r.skillId)) continue;
    const m = skillMemorySchema.safeParse(r.memory);
    if (m.success) out.set(m.data.skillId, m.data);
  }
  return out;
}

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

  // One read answers "issued? yours? already answered, and by this very submission?" and brings the memories.
  let issued = await readForAnswer(db, userId, problemId);
  if (!issued) return refuse("not-issued", NOT_ISSUED);
  if (issued.userId !== userId) return refuse("not-yours", NOT_YOURS);
  if (issued.attempt?.clientId === clientId) return viewOrRefuse(issued.attempt, issued, true);
  if (issued.answered || issued.attempt) return refuse("already-answered", ALREADY);

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

  const needed = memoriesNeededFor(graph, issued.skillId);
  const outcome = { correct: verdict.correct, usedHint, gaveUp, timeTakenMs };
  const parsed = { interpreted, value: strict?.ok ? strict.value : null };
  try {
    for (let round = 1; ; round++) {
      const read = issued;
      const versions = new Map((read.memories ?? []).map((m) => [m.skillId, m.version]));
      const result = applyAttempt(graph, memoryMap(read, needed), read.skillId, outcome, now);
      const row = { userId, clientId, problemId, skillId: read.skillId, answerText: answer, now, timeTakenMs, usedHint, gaveUp, parsed, verdict, result };
      const written = await writeAttempt(db, row, versions);
      if (written === "stale" && round >= MAX_ROUNDS) throw new Error(`recordAttempt: memories kept changing during ${MAX_ROUNDS} tries`);
      if (written === "answered") throw new AlreadyAnswered();
      if (written === "written") break;
      const again = await readForAnswer(db, userId, problemId);
      if (!again || again.answered) throw new AlreadyAnswered();
      issued = again;
    }
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
