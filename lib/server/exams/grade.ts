// Closing an attempt: every saved answer graded with the practice checker, items and attempt
// written in one transaction under the attempt's row lock; then certificates the learner has
// now earned are issued. Used by submission and by lazy expiry.
import type { ExamStatus, Prisma } from "@/generated/prisma/client";
import { gradeExam, gradeItem, type ItemGrade } from "@/lib/certificates/exam-grading";
import { isPastDeadline } from "@/lib/certificates/exam-rules";
import { issueEarnedCertificates } from "../certificates/issue";
import { getDb } from "../db";
import { examProblem } from "./problems";
import { lockAttempt, type Tx } from "./common";

const TX = { maxWait: 15_000, timeout: 30_000 };

function gradeSaved(item: { skillId: string; seed: number; level: number; answerText: string | null }): ItemGrade {
  const generated = examProblem(item.skillId, item.seed, item.level);
  // A generator bug must not crash grading; the question scores 0 and the log has the details.
  if (!generated.ok) return { correct: false, score: 0, feedback: generated.message, mistakes: ["generator"], interpreted: null };
  return gradeItem(generated.generator, generated.problem, item.answerText);
}

/**
 * Grades and closes an OPEN attempt as `status`. Returns false (changing nothing) when it is no
 * longer open — another request closed it first.
 */
async function closeInTx(tx: Tx, attemptId: string, status: Exclude<ExamStatus, "OPEN">, now: Date): Promise<{ userId: string; passed: boolean } | null> {
  await lockAttempt(tx, attemptId);
  const attempt = await tx.examAttempt.findUnique({ where: { id: attemptId }, include: { items: { orderBy: { position: "asc" } } } });
  if (!attempt || attempt.status !== "OPEN") return null;
  const grades = attempt.items.map((item) => ({ item, grade: gradeSaved(item) }));
  const exam = gradeExam(grades.map((g) => g.grade), attempt.passMark);
  for (const { item, grade } of grades) {
    const { interpreted, ...verdict } = grade;
    await tx.examItem.update({
      where: { attemptId_position: { attemptId, position: item.position } },
      data: { verdict: { ...verdict, interpreted } as Prisma.InputJsonValue, correct: grade.correct, score: grade.score, mistakes: grade.mistakes },
    });
  }
  // An expired attempt closed at its deadline, however late the server noticed: the cooldown runs from then.
  const closedAt = status === "EXPIRED" && attempt.deadline < now ? attempt.deadline : now;
  await tx.examAttempt.update({ where: { id: attemptId }, data: { status, closedAt, score: exam.score, passed: exam.passed } });
  return { userId: attempt.userId, passed: exam.passed };
}

export async function closeAttempt(attemptId: string, status: Exclude<ExamStatus, "OPEN">, now: Date): Promise<boolean> {
  const closed = await getDb().$transaction((tx) => closeInTx(tx, attemptId, status, now), TX);
  if (!closed) return false;
  if (closed.passed) {
    try {
      await issueEarnedCertificates(closed.userId, { now });
    } catch (error) {
      // The exam result stands; /certificates issues anything earned on its next view.
      console.error(`[exams] issuing certificates after attempt ${attemptId}:`, error);
    }
  }
  return true;
}

/** Lazy expiry: every OPEN attempt of this learner past its deadline is closed and graded on what was saved. */
export async function expireOverdue(userId: string, now: Date, attemptId?: string): Promise<number> {
  const overdue = await getDb().examAttempt.findMany({
    where: { userId, status: "OPEN", deadline: { lte: now }, ...(attemptId ? { id: attemptId } : {}) },
    select: { id: true, deadline: true },
  });
  let closed = 0;
  for (const a of overdue) if (isPastDeadline(a.deadline, now) && (await closeAttempt(a.id, "EXPIRED", now))) closed++;
  return closed;
}
