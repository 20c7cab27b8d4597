// Random functions of 2 or 3 variables for the multivariable generators, in the algebra of
// ./algebra: polynomials with a mixed term (level 1) plus a product with sin, cos or exp of a
// monomial (level 2). Small integer coefficients; every variable occurs.
import type { Rng } from "../../rng";
import { dependsOn, norm, type Expr, type Fn, type Term } from "./algebra";

export const VARS2 = ["x", "y"];
export const VARS3 = ["x", "y", "z"];

function monomial(rng: Rng, n: number, maxPow: number): number[] {
  for (;;) {
    const e = Array.from({ length: n }, () => rng.int(0, maxPow));
    if (e.some((p) => p > 0)) return e;
  }
}

/** A polynomial with `terms` terms of total degree ≤ maxDegree, one of them mixing at least two variables. */
export function polynomial(rng: Rng, n: number, terms: number, maxPow = 3, maxDegree = 4): Expr {
  const small = (): number[] => {
    for (;;) {
      const e = monomial(rng, n, maxPow);
      if (e.reduce((a, b) => a + b, 0) <= maxDegree) return e;
    }
  };
  for (;;) {
    const ts: Term[] = Array.from({ length: terms }, () => ({ c: rng.nonZeroInt(-5, 5), e: small() }));
    const f = norm(ts);
    const mixed = f.some((t) => t.e.filter((p) => p > 0).length >= 2);
    if (f.length === terms && mixed && Array.from({ length: n }, (_, i) => dependsOn(f, i)).every(Boolean)) return f;
  }
}

/** c · M · S(k · N) with N a product of one or two distinct variables. */
export function specialTerm(rng: Rng, n: number): Term {
  const fn = rng.pick(["sin", "cos", "exp"] as const satisfies readonly Fn[]);
  const inArg = rng.shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, rng.int(1, 2));
  const N = Array.from({ length: n }, (_, i) => (inArg.includes(i) ? 1 : 0));
  const M = Array.from({ length: n }, () => rng.int(0, 2));
  return { c: rng.nonZeroInt(-3, 3), e: M, s: { fn, k: fn === "exp" ? rng.pick([-3, -2, -1, 1, 2, 3]) : rng.int(1, 3), n: N } };
}

/** Level 2: one or two monomials plus a special term; every variable occurs. */
export function mixedFunction(rng: Rng, n: number): Expr {
  for (;;) {
    const f = norm([...Array.from({ length: rng.int(1, 2) }, () => ({ c: rng.nonZeroInt(-4, 4), e: monomial(rng, n, 2) })), specialTerm(rng, n)]);
    if (Array.from({ length: n }, (_, i) => dependsOn(f, i)).every(Boolean) && f.some((t) => t.s)) return f;
  }
}
