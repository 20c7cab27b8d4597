// la.mlm.lu — A = LU without row swaps (level 1), or PA = LU with partial pivoting (level 2),
// built backwards from unit lower-triangular L, upper-triangular U and a permutation P.
import { luExact, matLatex, matText, Q, qmat, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { identity, maxAbs, transpose } from "../../int-linalg";
import type { Rng } from "../../rng";
import { eliminationSteps } from "./lu-steps";

type Data = { A: number[][]; pivoting: "none" | "partial" };
type QM = Rational[][];

const qm = (rows: (number | Rational)[][]): QM => rows.map((r) => r.map((x) => Q.of(x)));
const mulN = (X: number[][], Y: number[][]): number[][] => X.map((r) => Y[0].map((_, j) => r.reduce((s, x, k) => s + x * Y[k][j], 0)));

function answerText(f: { P: QM; L: QM; U: QM }, pivoting: Data["pivoting"]): string {
  const LU = `L = ${matText(f.L)}; U = ${matText(f.U)}`;
  return pivoting === "partial" ? `P = ${matText(f.P)}; ${LU}` : LU;
}

/** Factors recovered from A by the stated method (exact elimination). */
function factors(d: Data): { P: QM; L: QM; U: QM } {
  const f = luExact(qmat(d.A), d.pivoting === "partial" ? "partial" : "first-nonzero");
  if (!f) throw new Error("la.mlm.lu: generated a singular matrix");
  return f;
}

/** Level 1: integer multipliers, no pivoting. */
function plain(rng: Rng): { L: QM; U: QM } {
  const L = qm([[1, 0, 0], [rng.int(-2, 2), 1, 0], [rng.int(-2, 2), rng.int(-2, 2), 1]]);
  const U = qm([[rng.nonZeroInt(-3, 3), rng.int(-3, 3), rng.int(-3, 3)], [0, rng.nonZeroInt(-3, 3), rng.int(-3, 3)], [0, 0, rng.nonZeroInt(-4, 4)]]);
  return { L, U };
}

/** Level 2: multipliers of size < 1 (so partial pivoting picks exactly these rows), U scaled to keep A integer. */
function pivoted(rng: Rng): { L: QM; U: QM } {
  const d1 = rng.pick([2, 3]);
  const frac1 = () => Q.of(rng.nonZeroInt(-(d1 - 1), d1 - 1), d1);
  const d2 = rng.pick([1, 2, 3]); // d2 = 1 means l32 = 0
  const l32 = d2 === 1 ? Q.zero : Q.of(rng.nonZeroInt(-(d2 - 1), d2 - 1), d2);
  const L = [[Q.one, Q.zero, Q.zero], [frac1(), Q.one, Q.zero], [frac1(), l32, Q.one]];
  const U = qm([
    [d1 * rng.pick([-2, -1, 1, 2]), d1 * rng.int(-2, 2), d1 * rng.int(-2, 2)],
    [0, d2 * rng.nonZeroInt(-2, 2), d2 * rng.int(-2, 2)],
    [0, 0, rng.nonZeroInt(-5, 5)],
  ]);
  return { L, U };
}

export default defineSkill<Data>({
  id: "la.mlm.lu",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  build(rng, level) {
    const pivoting = level === 1 ? "none" : "partial";
    let A: number[][];
    let P: number[][];
    do {
      const { L, U } = level === 1 ? plain(rng) : pivoted(rng);
      // a permutation other than the identity, so a swap is needed (level 2)
      P = level === 1 ? identity(3) : rng.shuffle(identity(3));
      // A = Pᵀ L U
      // in floats: the rejection loop runs often, and every product here is an integer
      const LU = mulN(L.map((r) => r.map(Q.toNumber)), U.map((r) => r.map(Q.toNumber)));
      A = mulN(transpose(P), LU).map((r) => r.map((x) => Math.round(x) + 0));
    } while (
      maxAbs(A) > 12 ||
      (level === 2 && P.every((r, i) => r[i] === 1)) ||
      (level === 1 && A.flat().filter((x, k) => x !== 0 && k % 4 !== 0).length < 5)
    );
    const data: Data = { A, pivoting };
    // the worked elimination also yields the factors (the same algorithm as luExact)
    const { steps, ...f } = eliminationSteps(qmat(A), pivoting === "partial");
    const parts: Record<string, "matrix"> = pivoting === "partial" ? { P: "matrix", L: "matrix", U: "matrix" } : { L: "matrix", U: "matrix" };
    const form = pivoting === "partial" ? "P = [[…]]; L = [[…]]; U = [[…]]" : "L = [[…]]; U = [[…]]";
    return {
      data,
      prompt:
        pivoting === "partial"
          ? `Find the LU decomposition with partial pivoting, $PA = LU$, of $A = ${matLatex(A)}$: at each step swap into the pivot position the row with the largest absolute value in the pivot column. $P$ is a permutation matrix, $L$ is lower triangular with ones on the diagonal, $U$ is upper triangular. Give the answer as \`${form}\`, with exact fractions such as \`-1/2\`.`
          : `Find the LU decomposition $A = LU$ of $A = ${matLatex(A)}$ by Gaussian elimination without row swaps: $L$ is lower triangular with ones on the diagonal, $U$ is upper triangular. Give the answer as \`${form}\`.`,
      answer: answerText(f, pivoting),
      parseOptions: { parts },
      solution: steps,
      hints:
        pivoting === "partial"
          ? ["Before eliminating in each column, swap up the row whose entry in that column is largest in absolute value; record every swap in $P$ (and swap the multipliers already in $L$).", "Each multiplier is (entry to eliminate) ÷ (pivot); it goes into $L$ at the position of the entry it eliminates."]
          : ["Eliminate below each pivot: row $i$ minus $l_{ik}$ times row $k$, with $l_{ik} = a_{ik}/a_{kk}$.", "The multipliers $l_{ik}$, with their signs as computed, fill $L$ below its diagonal of ones; what is left is $U$."],
    };
  },
  mistakes: [
    {
      tag: "non-unit-l",
      feedback: "Your $L$ does not have ones on its diagonal: you moved the pivots into $L$. Here $L$ must be unit lower triangular; the pivots stay on the diagonal of $U$.",
      wrong: (p) => {
        const f = factors(p.data as Data);
        if (f.U.every((r, i) => Q.eq(r[i], 1))) return null;
        const L = f.L.map((r) => r.map((x, j) => x.mul(f.U[j][j])));
        const U = f.U.map((r, i) => r.map((x) => x.div(f.U[i][i])));
        return answerText({ P: f.P, L, U }, (p.data as Data).pivoting);
      },
    },
    {
      tag: "multiplier-sign",
      feedback: "The multipliers in $L$ have the wrong sign. If row $i$ becomes row $i - l_{ik}\\cdot$row $k$, then $L$ holds $+l_{ik}$ (it undoes the elimination), not $-l_{ik}$.",
      wrong: (p) => {
        const f = factors(p.data as Data);
        const L = f.L.map((r, i) => r.map((x, j) => (i === j ? x : x.neg())));
        return answerText({ ...f, L }, (p.data as Data).pivoting);
      },
    },
    {
      tag: "forgot-permutation",
      feedback: "You left out the row swaps: $P$ must record them, so that $PA = LU$. With $P = I$ the product $LU$ is not $A$.",
      wrong: (p) => {
        const d = p.data as Data;
        if (d.pivoting !== "partial") return null;
        return answerText({ ...factors(d), P: qm(identity(3)) }, d.pivoting);
      },
    },
    {
      tag: "no-pivoting",
      feedback: "That is an LU decomposition without pivoting. Partial pivoting swaps up the row with the largest absolute value in each pivot column, so the multipliers in $L$ never exceed 1 in size.",
      wrong: (p) => {
        const d = p.data as Data;
        if (d.pivoting !== "partial") return null;
        const f = luExact(qmat(d.A), "first-nonzero");
        return f ? answerText(f, "partial") : null;
      },
    },
  ],
  notes: {
    body: `An **LU decomposition** writes a square matrix as $A = LU$: $L$ lower triangular with ones on its diagonal, $U$ upper triangular. It is Gaussian elimination written down: $U$ is the echelon form, and the multiplier $l_{ik} = (\\text{entry eliminated})/(\\text{pivot})$ used to clear position $(i, k)$ is stored in $L$ at that position. When a pivot is zero, or small, rows are swapped first; **partial pivoting** always swaps up the row whose entry in the pivot column is largest in absolute value, giving $PA = LU$ with a permutation matrix $P$ and all $|l_{ik}| \\le 1$, which keeps rounding errors small.

Why it matters for machine learning: solving $A\\mathbf{x} = \\mathbf{b}$ for many right-hand sides (e.g. Newton steps, Gaussian-process predictions) factorises once and then does two cheap triangular solves, $L\\mathbf{y} = P\\mathbf{b}$ and $U\\mathbf{x} = \\mathbf{y}$. Determinants come for free: $\\det A = \\pm\\prod u_{ii}$. This is what \`numpy.linalg.solve\` does under the hood (LAPACK's getrf).

Example: $\\begin{pmatrix}2 & 1\\\\ 6 & 5\\end{pmatrix}$: the multiplier is $6/2 = 3$, and $R_2 - 3R_1$ gives $(0, 2)$, so $L = \\begin{pmatrix}1 & 0\\\\ 3 & 1\\end{pmatrix}$, $U = \\begin{pmatrix}2 & 1\\\\ 0 & 2\\end{pmatrix}$. With partial pivoting the row $(6, 5)$ goes first: $P = \\begin{pmatrix}0 & 1\\\\ 1 & 0\\end{pmatrix}$, $L = \\begin{pmatrix}1 & 0\\\\ 1/3 & 1\\end{pmatrix}$, $U = \\begin{pmatrix}6 & 5\\\\ 0 & -2/3\\end{pmatrix}$.`,
  },
});
