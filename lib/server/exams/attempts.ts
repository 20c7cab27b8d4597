// Starting, reading, autosaving and submitting an exam attempt. Every function takes the learner's
// id (authorisation of the row happens here) and an injected clock; refusals are values.
import { randomInt, randomUUID } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { MAX_LENGTH } from "@/lib/answers";
import { assembleExam, type RandomInt } from "@/lib/certificates/exam-assembly";
import { examEligibility } from "@/lib/certificates/exam-eligibility";
import { deadlineFor, formatDuration, isPastDeadline, retakeAvailableAt } from "@/lib/certificates/exam-rules";
import { getDb } from "../db";
import { loadMemories } from "../learning";
import { courseTitle } from "../skill-graph";
import { courseExamSkills, isCourse, lockAttempt, ownAttempt, refuse, settingsFor, type ExamFailure } from "./common";
import { closeAttempt, expireOverdue } from "./grade";
import { examView, type ExamView } from "./view";

export type Clock = { now?: Date };
export type StartResult = { ok: true; resumed: boolean; exam: ExamView } | ExamFailure;

/**
 * Starts the course exam, or returns the learner's open attempt (a second tab, a double click and
 * a concurrent start all land on one attempt: the partial unique index allows one OPEN per course).
 * The questions are delivered in the reply, so the deadline is stored now.
 */
export async function startExam(userId: string, course: string, options: Clock & { randomInt?: RandomInt } = {}): Promise<StartResult> {
  const now = options.now ?? new Date();
  if (!isCourse(course)) return refuse("unknown-course", `There is no course called "${course}".`);
  const db = getDb();
  const skills = courseExamSkills(course);
  // Under a burst of starts every round trip counts: enrolment, the attempt list and the course's
  // memories in parallel (the memories are wasted only on a refusal or a resume); the attempt list
  // answers "open?", "overdue?" and "cooldown?" at once.
  const [enrolled, attempts, memories] = await Promise.all([
    db.enrolment.findUnique({ where: { userId_course: { userId, course } }, select: { userId: true } }),
    db.examAttempt.findMany({ where: { userId, course }, select: { id: true, status: true, deadline: true, closedAt: true } }),
    loadMemories(userId, db),
  ]);
  if (!enrolled) return refuse("not-enrolled", `Enrol in ${courseTitle(course)} first; its exam is for enrolled learners.`);
  if (attempts.some((a) => a.status === "OPEN" && isPastDeadline(a.deadline, now))) {
    await expireOverdue(userId, now);
    return startExam(userId, course, { ...options, now });
  }
  const openId = attempts.find((a) => a.status === "OPEN")?.id;
  if (openId) return resume(userId, course, now);

  const settings = settingsFor(course);
  if (!settings.ok) return refuse("config", `The exam is misconfigured on this server: ${settings.message}`);
  const eligibility = examEligibility(skills.map((s) => s.id), memories);
  if (!eligibility.eligible) {
    return refuse("not-eligible", `The exam unlocks when you have learned ${eligibility.required} of the ${eligibility.total} skills of ${courseTitle(course)}; you have learned ${eligibility.learned}. Learn ${eligibility.required - eligibility.learned} more from your daily practice.`);
  }
  const lastClosed = Math.max(0, ...attempts.map((a) => a.closedAt?.getTime() ?? 0));
  const availableAt = retakeAvailableAt(lastClosed > 0 ? new Date(lastClosed) : null, settings.settings);
  if (availableAt && now < availableAt) {
    const wait = availableAt.getTime() - now.getTime();
    return refuse("cooldown", `You can retake this exam in ${formatDuration(wait)} (at ${availableAt.toISOString().slice(0, 16).replace("T", " ")} UTC).`, { retryAfterSeconds: Math.ceil(wait / 1000) });
  }
  const assembled = assembleExam(skills, settings.settings.questionCount, options.randomInt ?? randomInt);
  if (!assembled.ok) return refuse("config", assembled.message);
  const items = assembled.questions.map(({ position, skillId, seed, level }) => ({ position, skillId, seed, level }));
  const attempt = {
    userId, course, startedAt: now, deadline: deadlineFor(now, settings.settings), passMark: settings.settings.passMark,
    status: "OPEN" as const, closedAt: null, score: null, passed: null,
  };
  const id = randomUUID();
  try {
    await insertAttempt(id, attempt, items);
  } catch (error) {
    // Lost the race to a concurrent start: the index kept theirs, which is the one to return.
    if (!isUniqueViolation(error)) throw error;
    return resume(userId, course, now);
  }
  // Shown from what was just written; reading it back would only add a round trip.
  const fresh = { ...attempt, id, items: items.map((i) => ({ ...i, attemptId: id, answerText: null, savedAt: null, verdict: null, correct: null, score: null, mistakes: [] })) };
  return { ok: true, resumed: false, exam: examView(fresh, now) };
}

type NewAttempt = { userId: string; course: string; startedAt: Date; deadline: Date; passMark: number };
type NewItem = { position: number; skillId: string; seed: number; level: number };

/**
 * The attempt and its items in ONE statement (atomic on its own, one round trip): Prisma's nested
 * create took an interactive transaction of five round trips, the largest cost of a start under a
 * burst of 250 (bench/exam-start.ts). The partial unique index still refuses a second OPEN attempt.
 */
function insertAttempt(id: string, a: NewAttempt, items: NewItem[]) {
  return getDb().$executeRaw`
    WITH attempt AS (
      INSERT INTO "ExamAttempt" (id, "userId", course, status, "startedAt", deadline, "passMark")
      VALUES (${id}, ${a.userId}, ${a.course}, 'OPEN', ${a.startedAt}, ${a.deadline}, ${a.passMark})
      RETURNING id
    )
    INSERT INTO "ExamItem" ("attemptId", position, "skillId", seed, level, mistakes)
    SELECT attempt.id, x.position, x."skillId", x.seed, x.level, ARRAY[]::text[]
    FROM attempt, jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS x(position int, "skillId" text, seed int, level int)`;
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const meta = error.meta as { code?: string; driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } | undefined;
  return error.code === "P2002" || meta?.code === "23505" || meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation" || /23505|unique constraint/i.test(error.message);
}

async function resume(userId: string, course: string, now: Date): Promise<StartResult> {
  const open = await openAttempt(userId, course, now);
  if (!open) throw new Error("the open exam attempt vanished while resuming it");
  return { ok: true, resumed: true, exam: open };
}

async function openAttempt(userId: string, course: string, now: Date): Promise<ExamView | null> {
  const attempt = await getDb().examAttempt.findFirst({ where: { userId, course, status: "OPEN" }, include: { items: { orderBy: { position: "asc" } } } });
  return attempt ? examView(attempt, now) : null;
}

/** The attempt as its learner may see it; an attempt past its deadline is closed and graded first. */
export async function getExamForLearner(userId: string, attemptId: string, options: Clock = {}): Promise<{ ok: true; exam: ExamView } | ExamFailure> {
  const now = options.now ?? new Date();
  let found = await ownAttempt(userId, attemptId);
  if (!found.ok) return found;
  if (found.attempt.status === "OPEN" && isPastDeadline(found.attempt.deadline, now)) {
    await expireOverdue(userId, now, attemptId);
    found = await ownAttempt(userId, attemptId);
    if (!found.ok) return found;
  }
  return { ok: true, exam: examView(found.attempt, now) };
}

export const SaveInput = z.object({
  position: z.number().int().min(0).max(999),
  answer: z.string().max(MAX_LENGTH, `The answer is too long: the limit is ${MAX_LENGTH.toLocaleString("en")} characters.`),
});

const DEADLINE_PASSED = "Time is up: the exam closed at its deadline, so this answer was not saved. Your saved answers have been graded.";
const CLOSED = "This exam has already been submitted, so answers can no longer be changed.";

export type SaveResult = { ok: true; position: number; savedAt: string } | ExamFailure;

/** Autosave of one answer. Refused after the deadline, on a closed attempt, or on another learner's attempt. */
export async function saveAnswer(userId: string, attemptId: string, raw: unknown, options: Clock = {}): Promise<SaveResult> {
  const now = options.now ?? new Date();
  const input = SaveInput.safeParse(raw);
  if (!input.success) return refuse("invalid", input.error.issues[0]?.message ?? "The answer could not be read.");
  const { position, answer } = input.data;
  const outcome = await getDb().$transaction(async (tx): Promise<SaveResult | "expired"> => {
    await lockAttempt(tx, attemptId);
    const found = await ownAttempt(userId, attemptId, tx);
    if (!found.ok) return found;
    const { attempt } = found;
    if (attempt.status !== "OPEN") return attempt.status === "EXPIRED" ? refuse("deadline-passed", DEADLINE_PASSED) : refuse("closed", CLOSED);
    if (isPastDeadline(attempt.deadline, now)) return "expired";
    const saved = await tx.examItem.updateMany({ where: { attemptId, position }, data: { answerText: answer.trim() === "" ? null : answer, savedAt: now } });
    if (saved.count === 0) return refuse("no-question", `This exam has no question ${position + 1}.`);
    return { ok: true, position, savedAt: now.toISOString() };
  });
  if (outcome !== "expired") return outcome;
  await expireOverdue(userId, now, attemptId);
  return refuse("deadline-passed", DEADLINE_PASSED);
}

export type SubmitResult = { ok: true; exam: ExamView } | ExamFailure;

/** Submission: grades what is saved. After the deadline the attempt is closed as expired instead. */
export async function submitExam(userId: string, attemptId: string, options: Clock = {}): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const found = await ownAttempt(userId, attemptId);
  if (!found.ok) return found;
  if (found.attempt.status !== "OPEN") return refuse("closed", "This exam was already closed; its results are below.");
  const status = isPastDeadline(found.attempt.deadline, now) ? "EXPIRED" : "SUBMITTED";
  if (!(await closeAttempt(attemptId, status, now))) return refuse("closed", "This exam was already closed; its results are below.");
  const after = await ownAttempt(userId, attemptId);
  if (!after.ok) return after;
  return { ok: true, exam: examView(after.attempt, now) };
}
