// Grading an exam: each saved answer goes through the same checker as practice (the generator's
// check, built on lib/answers); an unanswered question scores 0. Pure.
import type { Generator, Problem } from "@/exercises/types";
import type { Verdict } from "@/lib/answers/types";
import { isPass } from "./exam-rules";

export type ItemGrade = Verdict & { interpreted: string | null };

export const UNANSWERED_FEEDBACK = "No answer was saved for this question.";

export function gradeItem(generator: Pick<Generator, "check">, problem: Problem, answerText: string | null): ItemGrade {
  if (answerText === null || answerText.trim() === "") {
    return { correct: false, score: 0, feedback: UNANSWERED_FEEDBACK, mistakes: ["unanswered"], interpreted: null };
  }
  const checked = generator.check(problem, answerText);
  // Checkers return 0..1; clamp so one misbehaving checker cannot push a score outside the range.
  return { ...checked, score: Math.min(1, Math.max(0, checked.score)) };
}

export interface ExamGrade {
  /** Fraction 0..1 of the available marks; every question carries the same weight. */
  score: number;
  correct: number;
  total: number;
  passed: boolean;
}

export function gradeExam(items: readonly { score: number; correct: boolean }[], passMark: number): ExamGrade {
  const total = items.length;
  const score = total === 0 ? 0 : items.reduce((sum, i) => sum + i.score, 0) / total;
  return { score, correct: items.filter((i) => i.correct).length, total, passed: total > 0 && isPass(score, passMark) };
}
