// Real and complex numbers: exact forms compared exactly (to float round-off); a decimal the
// learner typed is accepted within the skill's tolerance, and the feedback then gives the exact form.
import type { ComplexValue, NumberValue } from "../types";
import { DEFAULT_REL_TOL, DEFAULT_SIG_FIGS, EXACT_REL_TOL, type Policy } from "./verdict";

export type Closeness = "exact" | "decimal" | "no";

/** Equal to float round-off: the test for two exact forms. */
export function nearlyEqual(a: number, b: number, rel = EXACT_REL_TOL): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= rel * Math.max(scale, 1e-3);
}

function roundSig(x: number, sig: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(sig));
}

/**
 * Is a decimal `typed` an acceptable approximation of `target`? Within the relative tolerance,
 * or equal to it once both are rounded to the required significant figures. Near zero a
 * relative test is meaningless, so |typed| below relTol/2 counts as zero.
 */
export function withinTolerance(typed: number, target: number, policy: Policy = {}): boolean {
  const rel = policy.relTol ?? DEFAULT_REL_TOL;
  const sig = policy.sigFigs ?? DEFAULT_SIG_FIGS;
  if (nearlyEqual(typed, target)) return true;
  if (target === 0 || Math.abs(target) < 1e-12) return Math.abs(typed) < rel / 2;
  if (Math.abs(typed - target) <= rel * Math.abs(target)) return true;
  return roundSig(typed, sig) === roundSig(target, sig);
}

/** Compare two real values, one or both possibly decimals (exact = null). */
export function compareReal(actual: number, actualExact: boolean, expected: number, expectedExact: boolean, policy: Policy): Closeness {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return "no";
  if (actualExact && expectedExact) return nearlyEqual(actual, expected) ? "exact" : "no";
  return withinTolerance(actual, expected, policy) ? "decimal" : "no";
}

export function compareNumber(actual: NumberValue, expected: NumberValue, policy: Policy): Closeness {
  return compareReal(actual.value, actual.exact !== null, expected.value, expected.exact !== null, policy);
}

type ComplexLike = { re: number; im: number; exact: string | null };

export const asComplex = (v: NumberValue | ComplexValue): ComplexLike =>
  v.kind === "complex" ? v : { re: v.value, im: 0, exact: v.exact };

export function compareComplex(actual: ComplexLike, expected: ComplexLike, policy: Policy): Closeness {
  const ax = actual.exact !== null;
  const ex = expected.exact !== null;
  // Scale the tolerance by the modulus so a tiny imaginary part is judged against the whole number.
  const mod = Math.hypot(expected.re, expected.im);
  const part = (a: number, e: number): Closeness => {
    if (Math.abs(e) < 1e-12 * Math.max(1, mod) && Math.abs(a) < (ax && ex ? 1e-9 : (policy.relTol ?? DEFAULT_REL_TOL)) * Math.max(1, mod)) return ax && ex ? "exact" : "decimal";
    return compareReal(a, ax, e, ex, policy);
  };
  const re = part(actual.re, expected.re);
  const im = part(actual.im, expected.im);
  if (re === "no" || im === "no") return "no";
  return re === "exact" && im === "exact" ? "exact" : "decimal";
}
