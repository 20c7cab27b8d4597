// Expression equivalence by evaluating both sides at seeded random points inside the policy's
// domain, skipping points where either side is undefined or complex (ln, sqrt, 1/x), and
// requiring enough valid points before judging. Deterministic: the seed is fixed.
import seedrandom from "seedrandom";
import { evaluateAt } from "@/lib/math";
import type { ExpressionValue } from "../types";
import { degree, describeCoefficientDifferences, hasDerivative, isFactored, polyCoefficients, tree } from "./expression-form";
import { right, wrong, type Policy } from "./verdict";
import type { Verdict } from "../types";

const POINTS = 12;
const MAX_TRIES = 60;
/** Values agree to this relative tolerance: float round-off of expanded vs factored forms. */
const VALUE_TOL = 1e-8;
const DEFAULT_BOX: [number, number] = [-2, 2];
/** Fallback boxes when the policy's box leaves too few valid points (e.g. ln x on [-2, 2]). */
const FALLBACK_BOXES: [number, number][] = [[0.1, 2], [-10, 10]];

export type Equivalence = "equal" | "different" | "undecided";

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= VALUE_TOL * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Compare two texts as functions of vars. Constants (no vars) work too. */
export function compareTexts(actual: string, expected: string, vars: string[], policy: Policy = {}): Equivalence {
  const rng = seedrandom(`basis-check:${vars.join(",")}`);
  const boxes = [null, ...FALLBACK_BOXES];
  for (const fallback of boxes) {
    let valid = 0;
    for (let t = 0; t < MAX_TRIES && valid < POINTS; t++) {
      const scope: Record<string, number> = {};
      for (const v of vars) {
        const [lo, hi] = fallback ?? policy.domain?.[v] ?? DEFAULT_BOX;
        scope[v] = lo + (hi - lo) * rng();
      }
      const e = evaluateAt(expected, scope);
      if (e === null) continue;
      const a = evaluateAt(actual, scope);
      if (a === null) continue;
      if (!close(a, e)) return "different";
      valid++;
      if (vars.length === 0) return "equal";
    }
    if (valid >= POINTS) return "equal";
  }
  return "undecided";
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])].sort();

function formProblems(actual: ExpressionValue, expected: ExpressionValue, policy: Policy): string | null {
  const form = policy.form;
  if (!form) return null;
  const node = tree(actual.text);
  if (!node) return null;
  if (form.noDerivative && hasDerivative(node)) return "Evaluate the derivative: your answer still contains an unevaluated derivative.";
  if (form.factored && !isFactored(node)) return "Not factorised: write it as a product of factors, such as (x - 1)(x + 2).";
  if (form.maxDegree !== undefined) {
    const d = degree(node, new Set(union(actual.vars, expected.vars)));
    if (d === Infinity) return `Expected a polynomial of degree at most ${form.maxDegree}; your answer is not a polynomial.`;
    if (d > form.maxDegree) {
      const extra = explainPolynomial(actual, expected, d);
      return `Expected a polynomial of degree at most ${form.maxDegree}; yours has degree ${d}${extra ? ` (${extra})` : ""}.`;
    }
  }
  return null;
}

/** For one-variable polynomials, name the terms that are missing, extra or wrong. */
function explainPolynomial(actual: ExpressionValue, expected: ExpressionValue, actualDegree: number): string {
  const vars = union(actual.vars, expected.vars);
  if (vars.length !== 1) return "";
  const node = tree(expected.text);
  const ed = node ? degree(node, new Set(vars)) : Infinity;
  if (ed === Infinity) return "";
  const d = Math.max(actualDegree, ed);
  const v = vars[0];
  const ca = polyCoefficients((x) => evaluateAt(actual.text, { [v]: x }), d);
  const ce = polyCoefficients((x) => evaluateAt(expected.text, { [v]: x }), d);
  return ca && ce ? describeCoefficientDifferences(ca, ce, v) : "";
}

export function checkExpression(actual: ExpressionValue, expected: ExpressionValue, policy: Policy): Verdict {
  const vars = union(actual.vars, expected.vars);
  const stray = actual.vars.filter((v) => !expected.vars.includes(v));
  const result = compareTexts(actual.text, expected.text, vars, policy);
  const formIssue = formProblems(actual, expected, policy);
  if (result === "equal") return formIssue ? wrong(`Equivalent, but not in the required form. ${formIssue}`) : right();
  if (formIssue) return wrong(formIssue);
  if (result === "undecided") {
    return wrong("Your expression could not be compared: it is undefined at almost every point of the domain.");
  }
  if (stray.length) return wrong(`Not equivalent. Your answer uses ${stray.join(", ")}, which the answer does not depend on.`);
  const detail = expected.vars.length === 1 && policy.form?.maxDegree !== undefined
    ? explainPolynomial(actual, expected, policy.form.maxDegree)
    : "";
  return wrong(detail ? `Not equivalent: ${detail}.` : "Not equivalent to the answer: your expression gives different values.");
}
