// Verdict builders and plain-language descriptions of values, shared by every comparison rule.
import type { CheckPolicy, Entry, Value, Verdict } from "../types";

export const right = (feedback = "Correct."): Verdict => ({ correct: true, score: 1, feedback, mistakes: [] });
export const wrong = (feedback: string, score = 0): Verdict => ({ correct: false, score, feedback, mistakes: [] });

/** Default tolerance for decimals a learner types: relative 1e-3, or agreement to 3 significant figures. */
export const DEFAULT_REL_TOL = 1e-3;
export const DEFAULT_SIG_FIGS = 3;
/** Exact forms are compared as floats: allow round-off only (relative 1e-9). */
export const EXACT_REL_TOL = 1e-9;

export type Policy = CheckPolicy;

const KIND_NAMES: Record<Value["kind"], string> = {
  number: "a number",
  complex: "a complex number",
  expression: "an expression",
  vector: "a vector",
  matrix: "a matrix",
  set: "a list of values",
  boolean: "a yes/no answer",
  word: "a word",
  parts: "an answer in parts",
};

export const kindName = (v: Value): string => KIND_NAMES[v.kind];

/** "a 3×2 matrix", "a vector with 3 entries", "5 values". */
export function describeShape(v: Value): string {
  switch (v.kind) {
    case "matrix":
      return `a ${v.rows.length}×${v.rows[0]?.length ?? 0} matrix`;
    case "vector":
      return `a vector with ${v.entries.length} ${v.entries.length === 1 ? "entry" : "entries"}`;
    case "set":
      return `${v.items.length} ${v.items.length === 1 ? "value" : "values"}`;
    default:
      return kindName(v);
  }
}

/** A short text for a number as the learner would read it: its exact form or its decimal. */
export function numberText(n: { value: number; exact: string | null }): string {
  return n.exact ?? String(+n.value.toPrecision(6));
}

export function entryText(e: Entry): string {
  return e.kind === "number" ? numberText(e) : e.text;
}

/** True when any number inside the value was typed as a decimal (exact === null). */
export function hasDecimal(v: Value): boolean {
  switch (v.kind) {
    case "number":
    case "complex":
      return v.exact === null;
    case "vector":
      return v.entries.some(hasDecimal);
    case "matrix":
      return v.rows.some((r) => r.some(hasDecimal));
    case "set":
      return v.items.some(hasDecimal);
    case "parts":
      return Object.values(v.parts).some(hasDecimal);
    default:
      return false;
  }
}
