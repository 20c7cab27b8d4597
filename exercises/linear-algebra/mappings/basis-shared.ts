// Shared by the change-of-basis skills: integer bases (columns of B) with small determinant,
// and exact rational inverses and products for their answers.
import { Q, inverse, matMul as qMatMul, matVec as qMatVec, qmat, qvec, type QMatrix, type QVector, type Rational } from "@/lib/math";
import { det, maxAbs, transpose, type IntMatrix } from "../../int-linalg";
import type { Rng } from "../../rng";

/** A 2×2 integer basis matrix with det in `dets`, entries within ±3, not symmetric, no zero column. */
export function basis2(rng: Rng, dets: number[]): IntMatrix {
  for (;;) {
    const B = rng.intMatrix(2, 2, -3, 3);
    const cols = transpose(B);
    if (!dets.includes(det(B)) || cols.some((c) => c.every((x) => x === 0))) continue;
    if (String(B) === String(transpose(B))) continue;
    return B;
  }
}

/** A 3×3 integer basis matrix with det ±1 (entries within ±2), not symmetric, with its integer inverse. */
export function basis3(rng: Rng): { B: IntMatrix; Binv: IntMatrix } {
  for (;;) {
    const { P, Pinv } = rng.unimodular(3, 2);
    if (String(P) !== String(transpose(P)) && maxAbs(P) <= 2) return { B: P, Binv: Pinv };
  }
}

/** The integer inverse of a 2×2 matrix with det ±1. */
export function inverse2(B: IntMatrix): IntMatrix {
  const d = det(B);
  if (Math.abs(d) !== 1) throw new Error("inverse2 needs det ±1");
  return [[B[1][1] * d, -B[0][1] * d], [-B[1][0] * d, B[0][0] * d]].map((r) => r.map((x) => x + 0));
}

export const qInverse = (B: IntMatrix): QMatrix => {
  const inv = inverse(qmat(B));
  if (!inv) throw new Error("basis matrix is singular");
  return inv;
};

export const qProduct = (...ms: (IntMatrix | QMatrix)[]): QMatrix =>
  ms.map((m) => (typeof m[0][0] === "number" ? qmat(m as IntMatrix) : (m as QMatrix))).reduce((a, b) => qMatMul(a, b));

export const qApply = (M: IntMatrix | QMatrix, v: number[]): QVector =>
  qMatVec(typeof M[0][0] === "number" ? qmat(M as IntMatrix) : (M as QMatrix), qvec(v));

/** "\\mathbf{b}_1 = (…), \\mathbf{b}_2 = (…)" for the prompt, from the columns of B. */
export const basisNames = (n: number): string[] => Array.from({ length: n }, (_, i) => `\\mathbf{b}_${i + 1}`);

/** LaTeX of c₁b₁ + c₂b₂ + … with signs folded in, unit coefficients dropped and zero terms skipped. */
export function combination(coeffs: (Rational | number)[], names: string[]): string {
  const terms = coeffs.flatMap((c, i) => {
    const q = Q.of(c);
    if (Q.isZero(q)) return [];
    const a = q.abs();
    const k = Q.eq(a, 1) ? "" : Q.toLatex(a);
    return [{ neg: Q.sign(q) < 0, body: `${k}${names[i]}` }];
  });
  if (terms.length === 0) return "\\mathbf{0}";
  return terms.map((t, j) => (j === 0 ? (t.neg ? "-" : "") : t.neg ? " - " : " + ") + t.body).join("");
}
