// Pluggable mistake detectors: when an answer is wrong, tag every detector whose wrong answer
// (computed from the problem) is equivalent to what the learner gave, with its own feedback.
import { parse } from "../parse/index";
import type { Expect, ParseOptions, Value, Verdict } from "../types";
import { check, equivalent } from "./check";
import type { Policy } from "./verdict";

export interface MistakeDetector<P> {
  /** kebab-case, e.g. "forgot-sqrt". */
  tag: string;
  feedback: string | ((problem: P) => string);
  /** The wrong answer this mistake produces: a value, several values, answer-language text, or null if it does not apply. */
  wrong: (problem: P) => Value | Value[] | string | null;
}

/** A detector already evaluated for one problem (what exercises/define.ts passes). */
export interface ResolvedMistake {
  tag: string;
  value: Value | Value[];
  feedback: string;
}

export interface MistakeOptions {
  /** How to read a detector's answer-language text (the question's parse options). */
  parseOptions?: ParseOptions;
  /** Replaces the parser for detector texts; a text that does not parse is ignored. */
  parseText?: (text: string, expected: Value) => Value | null;
}

/** Read a detector's text as the same kind as the expected answer (with its variables and part kinds). */
function parseLike(text: string, expected: Value, opts: ParseOptions = {}): Value | null {
  const o: ParseOptions = { ...opts };
  if (expected.kind === "expression" && !o.vars) o.vars = expected.vars;
  if (expected.kind === "parts" && !o.parts) {
    o.parts = Object.fromEntries(Object.entries(expected.parts).map(([k, v]) => [k, v.kind as Expect]));
  }
  const r = parse(text, expected.kind, o);
  return r.ok ? r.value : null;
}

const isResolved = <P>(d: MistakeDetector<P> | ResolvedMistake): d is ResolvedMistake => "value" in d;

function resolve<P>(d: MistakeDetector<P> | ResolvedMistake, problem: P | undefined, expected: Value, options: MistakeOptions): { values: Value[]; feedback: string } | null {
  if (isResolved(d)) return { values: Array.isArray(d.value) ? d.value : [d.value], feedback: d.feedback };
  if (problem === undefined) throw new Error(`mistake detector "${d.tag}" needs the problem`);
  const w = d.wrong(problem);
  if (w === null) return null;
  const feedback = typeof d.feedback === "string" ? d.feedback : d.feedback(problem);
  if (typeof w === "string") {
    const v = options.parseText ? options.parseText(w, expected) : parseLike(w, expected, options.parseOptions);
    return v ? { values: [v], feedback } : null;
  }
  return { values: Array.isArray(w) ? w : [w], feedback };
}

export function checkWithMistakes<P>(
  actual: Value,
  expected: Value,
  policy: Policy | undefined,
  detectors: readonly (MistakeDetector<P> | ResolvedMistake)[],
  problem?: P,
  options: MistakeOptions = {},
): Verdict {
  const p = policy ?? {};
  const verdict = check(actual, expected, p);
  if (verdict.correct) return verdict;
  const tags: string[] = [];
  const notes: string[] = [];
  for (const d of detectors) {
    const r = resolve(d, problem, expected, options);
    if (!r) continue;
    // A mistake that gives the right answer for this instance can never be diagnosed.
    const hit = r.values.some((w) => !equivalent(w, expected, p) && equivalent(actual, w, p));
    if (hit && !tags.includes(d.tag)) {
      tags.push(d.tag);
      notes.push(r.feedback);
    }
  }
  if (tags.length === 0) return verdict;
  return { ...verdict, feedback: notes.join(" "), mistakes: [...verdict.mistakes, ...tags] };
}
