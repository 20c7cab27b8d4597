// What the learner may see of an attempt. While it is OPEN: prompts, answer kinds and the saved
// answers only — never the expected answer, solution or hints. Once closed: score, per-question
// verdict, the correct answer and the worked solution.
import type { Expect, ParseOptions } from "@/lib/answers/types";
import { remainingMs } from "@/lib/certificates/exam-rules";
import { courseTitle, skillInfo } from "../skill-graph";
import { examProblem } from "./problems";
import type { AttemptWithItems } from "./common";

export interface OpenQuestion {
  position: number;
  skillId: string;
  title: string;
  module: string;
  /** Text with $math$ (KaTeX). */
  prompt: string;
  expects: Expect;
  parseOptions: ParseOptions;
  /** Rows × columns for the optional matrix grid (the practice page offers the same). */
  matrixShape: [number, number] | null;
  answer: string;
  savedAt: string | null;
  /** Set when the generator failed: the question cannot be shown. */
  error?: string;
}

export interface ClosedQuestion {
  position: number;
  skillId: string;
  title: string;
  module: string;
  prompt: string;
  answer: string | null;
  correct: boolean;
  score: number;
  feedback: string;
  mistakes: string[];
  interpreted: string | null;
  expectedLatex: string;
  solution: string[];
}

interface Common { id: string; course: string; courseTitle: string; startedAt: string; deadline: string; passMark: number }

export type ExamView =
  | (Common & { status: "OPEN"; now: string; remainingMs: number; questions: OpenQuestion[] })
  | (Common & { status: "SUBMITTED" | "EXPIRED"; closedAt: string; score: number; passed: boolean; questions: ClosedQuestion[] });

/** Rows × columns of a matrix answer: the grid's size, not its entries. */
function matrixShape(numeric: unknown): [number, number] | null {
  if (!Array.isArray(numeric) || numeric.length === 0 || !numeric.every(Array.isArray)) return null;
  return [numeric.length, (numeric[0] as unknown[]).length];
}

export function examView(attempt: AttemptWithItems, now: Date): ExamView {
  const common: Common = {
    id: attempt.id, course: attempt.course, courseTitle: courseTitle(attempt.course), startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(), passMark: attempt.passMark,
  };
  const described = attempt.items.map((item) => {
    const info = skillInfo(item.skillId);
    return { item, title: info?.title ?? item.skillId, module: info?.module ?? "", generated: examProblem(item.skillId, item.seed, item.level) };
  });
  if (attempt.status === "OPEN") {
    return {
      ...common, status: "OPEN", now: now.toISOString(), remainingMs: remainingMs(attempt.deadline, now),
      questions: described.map(({ item, title, module, generated }) => {
        const base = { position: item.position, skillId: item.skillId, title, module, answer: item.answerText ?? "", savedAt: item.savedAt?.toISOString() ?? null };
        if (!generated.ok) return { ...base, prompt: "", expects: "number" as const, parseOptions: {}, matrixShape: null, error: generated.message };
        const p = generated.problem;
        return { ...base, prompt: p.prompt, expects: p.expects, parseOptions: p.parseOptions, matrixShape: p.expects === "matrix" ? matrixShape(p.answer.numeric) : null };
      }),
    };
  }
  return {
    ...common, status: attempt.status, closedAt: (attempt.closedAt ?? attempt.deadline).toISOString(), score: attempt.score ?? 0, passed: attempt.passed ?? false,
    questions: described.map(({ item, title, module, generated }) => {
      const verdict = (item.verdict ?? {}) as { feedback?: string; interpreted?: string | null };
      return {
        position: item.position, skillId: item.skillId, title, module, answer: item.answerText,
        prompt: generated.ok ? generated.problem.prompt : "", correct: item.correct ?? false, score: item.score ?? 0,
        feedback: verdict.feedback ?? "", mistakes: item.mistakes, interpreted: verdict.interpreted ?? null,
        expectedLatex: generated.ok ? generated.problem.answer.latex : "", solution: generated.ok ? generated.problem.solution : [generated.message],
      };
    }),
  };
}
