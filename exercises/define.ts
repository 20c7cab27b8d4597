// defineSkill: turns a skill's particulars (SkillSpec) into a registry Generator. Seeding,
// parsing the skill's own answer into latex/numeric, checking learner text and matching
// mistakes live here once, so skill files hold only their mathematics.
import { checkWithMistakes, equivalent, parse, toLatex, toNumeric, toText } from "@/lib/answers";
import { makeRng } from "./rng";
import type { Value } from "@/lib/answers/types";
import type { CheckResult, Generator, Json, Problem, ProblemAnswer, ProblemData, SkillSpec } from "./types";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The answer with `latex` computed on first read and kept: a getter, so it is still an ordinary
 * enumerable property (JSON, spreads, deep equality) in the same key order. Most problems are
 * generated to be checked, and toLatex was the largest share of generate()'s time and garbage.
 */
function answerOf(text: string, value: Value, numeric: Json): ProblemAnswer {
  let latex: string | undefined;
  return {
    text,
    get latex(): string {
      return (latex ??= toLatex(value));
    },
    numeric,
  };
}

export function defineSkill<D extends ProblemData>(spec: SkillSpec<D>): Generator {
  if (spec.levels.length === 0) throw new Error(`${spec.id}: levels must not be empty`);
  const tags = spec.mistakes.map((m) => m.tag);
  for (const tag of tags) {
    if (!KEBAB.test(tag)) throw new Error(`${spec.id}: mistake tag "${tag}" is not kebab-case`);
    if (tags.indexOf(tag) !== tags.lastIndexOf(tag)) throw new Error(`${spec.id}: mistake tag "${tag}" is repeated`);
  }

  function generate(seed: number, level: number = spec.levels[0]): Problem {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`${spec.id}: seed must be a non-negative integer, got ${seed}`);
    if (!spec.levels.includes(level)) throw new RangeError(`${spec.id}: level must be one of ${spec.levels.join(", ")}, got ${level}`);
    const built = spec.build(makeRng(spec.id, seed, level), level);
    const parseOptions = { ...spec.parseOptions, ...built.parseOptions };
    const policy = { ...spec.policy, ...built.policy };
    const parsed = parse(built.answer, spec.expects, parseOptions);
    if (!parsed.ok) {
      throw new Error(`${spec.id} seed ${seed} level ${level}: own answer "${built.answer}" does not parse: ${parsed.error}`);
    }
    return {
      skill: spec.id,
      seed,
      level,
      version: spec.version,
      prompt: built.prompt,
      data: built.data,
      expects: spec.expects,
      answer: answerOf(built.answer, parsed.value, built.numeric ?? (toNumeric(parsed.value) as Json)),
      solution: built.solution,
      hints: built.hints,
      parseOptions,
      policy,
    };
  }

  function mistakeAnswers(problem: Problem) {
    const p = problem as Problem<D>;
    return spec.mistakes.flatMap((m) => {
      const text = m.wrong(p);
      if (text === null) return [];
      const feedback = typeof m.feedback === "string" ? m.feedback : m.feedback(p);
      return [{ tag: m.tag, text, feedback }];
    });
  }

  function check(problem: Problem, answerText: string): CheckResult {
    const got = parse(answerText, problem.expects, problem.parseOptions);
    if (!got.ok) return wrongKind(problem, answerText) ?? { correct: false, score: 0, feedback: got.error, mistakes: ["unparsed"], interpreted: null };
    const expected = parse(problem.answer.text, problem.expects, problem.parseOptions);
    if (!expected.ok) throw new Error(`${problem.skill}: stored answer "${problem.answer.text}" does not parse: ${expected.error}`);
    // Detectors are passed unevaluated: their texts are only built and parsed when the answer is wrong.
    const readAsExpected = (text: string) => {
      const wrong = parse(text, problem.expects, problem.parseOptions);
      return wrong.ok ? wrong.value : null;
    };
    const verdict = checkWithMistakes(got.value, expected.value, problem.policy, spec.mistakes, problem as Problem<D>, { parseText: readAsExpected });
    return { ...verdict, interpreted: toText(got.value) };
  }

  /**
   * Text that is not of the expected kind (a vector where a number is asked) may still be a known
   * mistake — "you gave the products, not their sum" — so it is read without the expected kind
   * and compared with each mistake's answer read the same way.
   */
  function wrongKind(problem: Problem, answerText: string): CheckResult | null {
    const loose = parse(answerText, undefined, problem.parseOptions);
    if (!loose.ok) return null;
    for (const m of mistakeAnswers(problem)) {
      const wrong = parse(m.text, undefined, problem.parseOptions);
      if (wrong.ok && wrong.value.kind !== problem.expects && equivalent(loose.value, wrong.value, problem.policy)) {
        return { correct: false, score: 0, feedback: m.feedback, mistakes: [m.tag], interpreted: toText(loose.value) };
      }
    }
    return null;
  }

  return {
    id: spec.id,
    version: spec.version,
    levels: spec.levels,
    expects: spec.expects,
    notes: spec.notes,
    mistakes: spec.mistakes.map((m) => ({ tag: m.tag })),
    generate,
    check,
    mistakeAnswers,
  };
}
