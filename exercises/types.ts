// The exercise contract: what a skill module declares, and what every caller (CLI, app,
// scheduler, tests) gets back from the registry.
//
// A skill module (`exercises/<course>/<module>/<skill>.ts`) exports ONE object made by
// `defineSkill(spec)` from `exercises/define.ts`. The spec holds only what is particular to
// the skill:
//   - id (a curriculum id), version (bump when generated data/answers change), levels ([1, 2]);
//   - expects (the answer kind), parseOptions / policy (how learner text is read and compared);
//   - build(rng, level) → { data, prompt, answer, solution, hints } where `answer` is the exact
//     answer written ONCE in the answer language ("sqrt(29)", "(1, -2, 3)", "[[1, 2], [3, 4]]",
//     "yes"); the helper parses it and derives answer.latex and answer.numeric;
//   - mistakes: detectors { tag (kebab-case), feedback, wrong(problem) → answer-language text
//     of the wrong answer, or null when that mistake gives the right answer for this instance };
//   - notes: { body } a short original explanation with $math$: what it is, why it matters for
//     ML, one worked example.
// The resulting Generator has generate(seed, level?) → Problem and
// check(problem, answerText) → Verdict & { interpreted }. Parse errors give an incorrect verdict
// tagged "unparsed" whose feedback is the parser's message.
//
// data conventions: A, B matrices as arrays of rows; u, v, w vectors; vectors a list of vectors;
// b a right-hand side; basis a list of basis vectors; integers as JSON numbers, other exact
// numbers as strings ("3/4", "sqrt(14)"); calculus/PCA add f, vars, x0, eta, X, constraint.
import type { CheckPolicy, Expect, ParseOptions, Verdict } from "@/lib/answers/types";
import type { Rng } from "./rng";

/** Plain JSON, as printed by `basis generate --json` and stored with attempts. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The machine-readable inputs of one problem (see the naming conventions above). */
export type ProblemData = { [key: string]: Json };

export interface ProblemAnswer {
  /** The exact answer in the answer language; the learner may type any equivalent form. */
  text: string;
  latex: string;
  /** Plain JSON numbers/booleans (sets sorted, eigenvectors unit length, first non-zero > 0). */
  numeric: Json;
}

/** One generated problem; a pure function of (skill, seed, level, version). */
export interface Problem<D extends ProblemData = ProblemData> {
  skill: string;
  seed: number;
  level: number;
  version: number;
  /** Text with $inline$ and $$display$$ KaTeX math. */
  prompt: string;
  data: D;
  expects: Expect;
  answer: ProblemAnswer;
  /** Worked solution, one step per entry, with $math$. */
  solution: string[];
  hints: string[];
  /** Internal: how check() reads and compares this problem's answers (not printed by the CLI). */
  parseOptions: ParseOptions;
  policy: CheckPolicy;
}

/** What a skill's build() returns; the helper turns it into a Problem. */
export interface Built<D extends ProblemData = ProblemData> {
  data: D;
  prompt: string;
  /** The exact answer in the answer language, written once. */
  answer: string;
  solution: string[];
  hints: string[];
  /**
   * Overrides the numeric form derived from `answer`, for answers whose canonical JSON is not
   * the typed form: eigenvectors as unit vectors with first non-zero entry positive (see
   * lib/math normaliseSign), principal components, etc.
   */
  numeric?: Json;
  /** Per-instance overrides (e.g. a yes/no question using this instance's words). */
  parseOptions?: ParseOptions;
  policy?: CheckPolicy;
}

export interface MistakeDetector<D extends ProblemData = ProblemData> {
  /** kebab-case, e.g. "forgot-sqrt"; reported in Verdict.mistakes. */
  tag: string;
  /** Specific feedback: "you found |v|² — take the square root". */
  feedback: string | ((problem: Problem<D>) => string);
  /** The answer-language text this mistake produces, or null when it does not apply here. */
  wrong: (problem: Problem<D>) => string | null;
}

export interface Notes {
  /** Short original explanation with $math$; paragraphs separated by blank lines. */
  body: string;
}

export interface SkillSpec<D extends ProblemData = ProblemData> {
  id: string;
  version: number;
  levels: number[];
  expects: Expect;
  parseOptions?: ParseOptions;
  policy?: CheckPolicy;
  build: (rng: Rng, level: number) => Built<D>;
  mistakes: MistakeDetector<D>[];
  notes: Notes;
}

export type CheckResult = Verdict & {
  /** The learner's answer as the parser read it (answer-language text), null if unparsed. */
  interpreted: string | null;
};

/** The object the registry holds for each skill. */
export interface Generator {
  id: string;
  version: number;
  levels: number[];
  expects: Expect;
  notes: Notes;
  mistakes: { tag: string }[];
  generate: (seed: number, level?: number) => Problem;
  check: (problem: Problem, answerText: string) => CheckResult;
  /** The mistakes that apply to this problem: tag, wrong answer text, feedback. */
  mistakeAnswers: (problem: Problem) => { tag: string; text: string; feedback: string }[];
}
