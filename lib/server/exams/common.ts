// Shared pieces of the exam server code: refusals with their codes, the course's exam skills,
// the settings from the environment, and loading an attempt with its ownership check.
import type { ExamAttempt, ExamItem, Prisma } from "@/generated/prisma/client";
import { curriculum } from "@/exercises/curriculum";
import { getGenerator } from "@/exercises/registry";
import type { ExamSkill } from "@/lib/certificates/exam-assembly";
import { examSettings, type SettingsResult } from "@/lib/certificates/exam-rules";
import { getDb } from "../db";
import { COURSE_IDS } from "../skill-graph";

export type Tx = Prisma.TransactionClient;

/** Refusal codes; app/api/exams maps them to HTTP statuses (see STATUS in app/api/exams/respond.ts). */
export type ExamFailureCode =
  | "invalid" | "unknown-course" | "not-enrolled" | "not-eligible" | "cooldown" | "not-found" | "not-yours"
  | "closed" | "deadline-passed" | "no-question" | "config";

export interface ExamFailure {
  ok: false;
  code: ExamFailureCode;
  message: string;
  /** For "cooldown": seconds until a retake may start. */
  retryAfterSeconds?: number;
}

export const refuse = (code: ExamFailureCode, message: string, extra: Partial<ExamFailure> = {}): ExamFailure => ({ ok: false, code, message, ...extra });

export const NOT_FOUND = "There is no exam attempt with this id. Open your exams from the Exams page.";
export const NOT_YOURS = "This exam attempt belongs to another learner, so nothing was shown or changed.";

export function isCourse(course: string): boolean {
  return COURSE_IDS.includes(course);
}

const skillsCache = new Map<string, ExamSkill[]>();

/** The course's skills that can produce a problem, in curriculum order (modules in course order). */
export function courseExamSkills(course: string): ExamSkill[] {
  let list = skillsCache.get(course);
  if (!list) {
    list = curriculum.skills.flatMap((s) => {
      const generator = s.course === course ? getGenerator(s.id) : undefined;
      return generator ? [{ id: s.id, module: s.module, levels: generator.levels }] : [];
    });
    skillsCache.set(course, list);
  }
  return list;
}

export function settingsFor(course: string): SettingsResult {
  return examSettings(course, process.env);
}

export type AttemptWithItems = ExamAttempt & { items: ExamItem[] };

/** The attempt if it exists and is this learner's; the refusal otherwise. */
export async function ownAttempt(userId: string, attemptId: string, db: Tx = getDb()): Promise<{ ok: true; attempt: AttemptWithItems } | ExamFailure> {
  const attempt = await db.examAttempt.findUnique({ where: { id: attemptId }, include: { items: { orderBy: { position: "asc" } } } });
  if (!attempt) return refuse("not-found", NOT_FOUND);
  if (attempt.userId !== userId) return refuse("not-yours", NOT_YOURS);
  return { ok: true, attempt };
}

/** Row lock on the attempt: saves, submission and expiry of one attempt run one at a time. */
export async function lockAttempt(tx: Tx, attemptId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "ExamAttempt" WHERE id = ${attemptId} FOR UPDATE`;
}
