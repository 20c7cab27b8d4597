// Same subspace, any basis: compare ranks of the learner's vectors, the expected basis, and
// the two stacked together (numeric rank from singular values).
import { svd } from "@/lib/math";
import type { Entry, Value, Verdict } from "../types";
import { numericEntries } from "./entries";
import { DEFAULT_REL_TOL, hasDecimal, right, wrong, type Policy } from "./verdict";

/** The vectors a value lists: a vector, a matrix's columns, or a set of vectors. */
export function vectorList(v: Value): number[][] | null {
  const lists: Entry[][] | null =
    v.kind === "vector" ? [v.entries]
    : v.kind === "matrix" ? v.rows[0].map((_, j) => v.rows.map((r) => r[j]))
    : v.kind === "set" && v.items.every((i) => i.kind === "vector") ? v.items.map((i) => (i as { entries: Entry[] }).entries)
    : null;
  if (!lists) return null;
  const nums = lists.map(numericEntries);
  return nums.every((x) => x !== null) ? (nums as number[][]) : null;
}

function numericRank(vectors: number[][], tol: number): number {
  if (vectors.length === 0) return 0;
  const { S } = svd(vectors);
  const top = S[0] ?? 0;
  return top === 0 ? 0 : S.filter((s) => s > tol * top).length;
}

export function checkSpan(actual: Value, expected: Value, policy: Policy): Verdict {
  let a = vectorList(actual);
  const e = vectorList(expected);
  if (!e) throw new Error("sameSpan: the expected value must list numeric vectors");
  if (!a) return wrong("Expected a list of vectors (a basis), e.g. (1, 0, 2), (0, 1, -1).");
  const dim = e[0].length;
  // A matrix whose rows (not columns) have the right length lists its basis vectors as rows.
  if (actual.kind === "matrix" && a[0].length !== dim && a.length === dim) a = a[0].map((_, j) => a!.map((c) => c[j]));
  const badLen = a.find((v) => v.length !== dim);
  if (badLen) return wrong(`Each vector should have ${dim} entries; one of yours has ${badLen.length}.`);
  // Decimals typed to ~3 figures leave residual singular values near relTol; allow five times that.
  const tol = !hasDecimal(actual) && !hasDecimal(expected) ? 1e-9 : 5 * (policy.relTol ?? DEFAULT_REL_TOL);
  const r = numericRank(e, tol);
  const ra = numericRank(a, tol);
  const both = numericRank([...a, ...e], tol);
  if (both > r) return wrong(ra === 0 ? "The zero vector spans nothing." : "Not the same subspace: some of your vectors lie outside it.");
  if (ra < r) return wrong(`Your vectors span only a ${ra}-dimensional part of the subspace; it has dimension ${r}.`);
  if (a.length > r) return wrong(`These vectors span the subspace but are not a basis: ${a.length} vectors are dependent, a basis has ${r}.`);
  return right();
}
