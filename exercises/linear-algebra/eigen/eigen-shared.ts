// Shared by the eigen skills: integer matrices with chosen integer eigenvalues, eigenvectors as
// primitive integer vectors and as unit vectors (the answer convention), and small LaTeX bits.
import { Q, sqrtQ, type Surd } from "@/lib/math";
import { det, gcdAll, matVec, maxAbs, transpose, type IntMatrix } from "../../int-linalg";
import type { Rng } from "../../rng";

/** Primitive integer vector with its first non-zero entry positive. */
export function primitiveSigned(v: number[]): number[] {
  const g = gcdAll(v) || 1;
  const first = v.find((x) => x !== 0) ?? 1;
  return v.map((x) => (x / g) * Math.sign(first) + 0);
}

/** v/|v| exactly, first non-zero entry positive (the course's eigenvector convention). */
export function unitVector(v: number[]): Surd[] {
  const w = primitiveSigned(v);
  const inv = sqrtQ(Q.of(1, w.reduce((s, x) => s + x * x, 0)));
  return w.map((x) => inv.scale(x));
}

/**
 * A = P D P⁻¹ (2×2 or 3×3) with the given eigenvalues, not triangular (so the diagonal is no
 * shortcut). A non-triangular A needs off-diagonal entries of about twice the eigenvalue gap, so
 * the bound is relaxed step by step when the eigenvalues are far apart.
 */
export function eigenMatrix(rng: Rng, eigs: number[], bound = 9): { A: IntMatrix; P: IntMatrix; Pinv: IntMatrix } {
  for (let attempt = 0; ; attempt++) {
    const gap = Math.max(...eigs) - Math.min(...eigs);
    const b = Math.max(bound, 2 * gap) + Math.floor(attempt / 40);
    let made: { A: IntMatrix; P: IntMatrix; Pinv: IntMatrix };
    try {
      made = rng.withEigenvalues(eigs, b);
    } catch {
      continue; // no matrix within this bound: the next attempts relax it
    }
    const { A } = made;
    const lower = A.every((r, i) => r.every((x, j) => j <= i || x === 0));
    const upper = A.every((r, i) => r.every((x, j) => j >= i || x === 0));
    if (!lower && !upper) return made;
  }
}

/** Columns of P, each made primitive with a positive first non-zero entry. */
export const eigenvectorsOf = (P: IntMatrix): number[][] => transpose(P).map(primitiveSigned);

/** Does A v = λ v hold (integers, exact)? */
export const isEigenpair = (A: IntMatrix, v: number[], lambda: number): boolean =>
  matVec(A, v).every((x, i) => x === lambda * v[i]);

/** "A - \\lambda I" written out for a 2×2 or 3×3 integer matrix. */
export function minusLambdaLatex(A: IntMatrix, symbol = "\\lambda"): string {
  const cell = (x: number, diagonal: boolean) => (diagonal ? (x === 0 ? `-${symbol}` : `${x} - ${symbol}`) : String(x));
  return `\\begin{pmatrix} ${A.map((r, i) => r.map((x, j) => cell(x, i === j)).join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;
}

/** Distinct integers from [lo, hi], at most `spread` apart (close eigenvalues keep P D P⁻¹ small). */
export function distinctInts(rng: Rng, count: number, lo: number, hi: number, spread = 4): number[] {
  for (;;) {
    const xs = Array.from({ length: count }, () => rng.int(lo, hi));
    if (new Set(xs).size === count && Math.max(...xs) - Math.min(...xs) <= spread) return xs;
  }
}

/** The distinct integer eigenvalues of an integer matrix in [−bound, bound]: det(A − kI) = 0, exactly. */
export function integerEigenvalues(A: IntMatrix, bound = 40): number[] {
  const out: number[] = [];
  for (let k = -bound; k <= bound; k++) if (det(A.map((r, i) => r.map((x, j) => (i === j ? x - k : x)))) === 0) out.push(k);
  return out;
}

/** λ² − tλ + d with the signs folded in. */
export const quadratic = (t: number, d: number) =>
  `\\lambda^2${t === 0 ? "" : ` ${t > 0 ? "-" : "+"} ${Math.abs(t) === 1 ? "" : Math.abs(t)}\\lambda`}${d === 0 ? "" : ` ${d < 0 ? "-" : "+"} ${Math.abs(d)}`}`;
