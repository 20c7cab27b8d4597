// Verdicts for single numbers (real or complex), booleans and words.
import { evaluateAt } from "@/lib/math";
import type { BooleanValue, ComplexValue, NumberValue, Value, Verdict, WordValue } from "../types";
import { asComplex, compareComplex, compareReal, nearlyEqual } from "./numbers";
import { DEFAULT_REL_TOL, describeShape, kindName, right, wrong, type Policy } from "./verdict";

/** Read a value as a real number when that is what it is: a number, a real complex, a constant expression, a one-item set. */
export function asReal(v: Value): NumberValue | null {
  if (v.kind === "number") return v;
  if (v.kind === "complex" && v.im === 0) return { kind: "number", value: v.re, exact: v.exact };
  if (v.kind === "expression" && v.vars.length === 0) {
    const x = evaluateAt(v.text, {});
    return x === null ? null : { kind: "number", value: x, exact: v.text };
  }
  if (v.kind === "set" && v.items.length === 1 && v.items[0].kind !== "vector") return asReal(v.items[0]);
  if (v.kind === "vector" && v.entries.length === 1 && v.entries[0].kind === "number") return v.entries[0];
  return null;
}

const scaled = (p: Policy, k: number): Policy => ({ ...p, relTol: k * (p.relTol ?? DEFAULT_REL_TOL), sigFigs: 1 });

export function checkNumber(actual: Value, expected: NumberValue, policy: Policy): Verdict {
  const a = asReal(actual);
  if (!a) {
    if (actual.kind === "complex") return wrong("Expected a real number; yours has an imaginary part.");
    return wrong(`Expected a number, got ${describeShape(actual)}.`);
  }
  const ax = a.exact !== null;
  const ex = expected.exact !== null;
  const c = compareReal(a.value, ax, expected.value, ex, policy);
  if (c === "exact") return right();
  if (c === "decimal") {
    // Only an approximation earns the reminder of the exact form; 0.75 for 3/4 is simply right.
    const approximate = !nearlyEqual(a.value, expected.value, 1e-12);
    return right(expected.exact && approximate ? `Correct — exactly ${expected.exact}.` : "Correct.");
  }
  if (expected.value !== 0 && compareReal(-a.value, ax, expected.value, ex, policy) !== "no") return wrong("Check the sign.");
  if (!ax && compareReal(a.value, false, expected.value, ex, scaled(policy, 10)) !== "no") {
    return wrong(`Close, but not accurate enough: give at least ${policy.sigFigs ?? 3} significant figures, or the exact form.`);
  }
  return wrong("Not right.");
}

export function checkComplex(actual: Value, expected: ComplexValue, policy: Policy): Verdict {
  const a = actual.kind === "complex" || actual.kind === "number" ? asComplex(actual) : null;
  if (!a) return wrong(`Expected a complex number such as 1 + 2i, got ${kindName(actual)}.`);
  const c = compareComplex(a, expected, policy);
  if (c === "exact") return right();
  if (c === "decimal") return right(expected.exact ? `Correct — exactly ${expected.exact}.` : "Correct.");
  if (compareComplex({ ...a, im: -a.im }, expected, policy) !== "no") return wrong("Check the sign of the imaginary part (that is the conjugate).");
  return wrong("Not right.");
}

export function checkBoolean(actual: Value, expected: BooleanValue): Verdict {
  if (actual.kind !== "boolean") return wrong(`Expected a yes/no answer, got ${kindName(actual)}.`);
  return actual.value === expected.value ? right() : wrong("Not right.");
}

export function checkWord(actual: Value, expected: WordValue): Verdict {
  if (actual.kind !== "word") return wrong(`Expected a word, got ${kindName(actual)}.`);
  return actual.value.trim().toLowerCase() === expected.value.trim().toLowerCase() ? right() : wrong("Not right.");
}
