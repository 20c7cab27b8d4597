// check(): the single entry generators use to compare a learner's parsed answer with the
// expected value. Dispatches on the expected kind; parts get per-part verdicts and partial credit.
import type { PartsValue, Value, Verdict } from "../types";
import { checkExpression } from "./expressions";
import { checkMatrix, checkVector } from "./linear";
import { checkBoolean, checkComplex, checkNumber, checkWord } from "./scalar";
import { checkSet } from "./sets";
import { checkSpan } from "./span";
import { kindName, right, wrong, type Policy } from "./verdict";

export function check(actual: Value, expected: Value, policy: Policy = {}): Verdict {
  if (policy.sameSpan && (expected.kind === "vector" || expected.kind === "matrix" || expected.kind === "set")) {
    return checkSpan(actual, expected, policy);
  }
  switch (expected.kind) {
    case "number":
      return checkNumber(actual, expected, policy);
    case "complex":
      return checkComplex(actual, expected, policy);
    case "vector":
      return checkVector(actual, expected, policy);
    case "matrix":
      return checkMatrix(actual, expected, policy);
    case "set":
      return checkSet(actual, expected, policy);
    case "expression":
      if (actual.kind === "number") return checkExpression({ kind: "expression", text: `(${actual.value})`, vars: [] }, expected, policy);
      if (actual.kind !== "expression") return wrong(`Expected an expression, got ${kindName(actual)}.`);
      return checkExpression(actual, expected, policy);
    case "boolean":
      return checkBoolean(actual, expected);
    case "word":
      return checkWord(actual, expected);
    case "parts":
      return checkParts(actual, expected, policy);
  }
}

/** Partial credit: score = fraction of parts right; feedback names the wrong parts. A part's policy refines the shared one. */
function checkParts(actual: Value, expected: PartsValue, policy: Policy): Verdict {
  if (actual.kind !== "parts") return wrong(`Expected an answer in parts (${Object.keys(expected.parts).join(", ")}), got ${kindName(actual)}.`);
  const names = Object.keys(expected.parts);
  const { parts: partPolicies, ...shared } = policy;
  const notes: string[] = [];
  let rightCount = 0;
  for (const name of names) {
    const given = actual.parts[name];
    if (given === undefined) {
      notes.push(`${name}: missing.`);
      continue;
    }
    const v = check(given, expected.parts[name], { ...shared, ...partPolicies?.[name] });
    if (v.correct) rightCount++;
    else notes.push(`${name}: ${v.feedback}`);
  }
  const extra = Object.keys(actual.parts).filter((n) => !names.includes(n));
  if (rightCount === names.length) return right(extra.length ? `Correct (ignored ${extra.join(", ")}).` : "Correct.");
  const score = names.length ? rightCount / names.length : 0;
  return wrong(`${rightCount} of ${names.length} parts right. ${notes.join(" ")}`, score);
}

/**
 * Boolean equivalence of values, for mistake detectors and tests. Form requirements (a maximum
 * degree) are about how a learner writes an answer, not its value, so they are left out here:
 * otherwise a wrong answer of the wrong form is not equivalent to itself and its mistake never matches.
 */
export function equivalent(a: Value, b: Value, policy: Policy = {}): boolean {
  const { form: _form, ...valueOnly } = policy;
  return check(a, b, valueOnly).correct;
}
