// Row reduction with exact rationals that records its row operations, for worked solutions:
// forward elimination (solve-elimination) and Gauss–Jordan on [A | I] (inverse-3x3).
import { entryLatex, Q, type Rational } from "@/lib/math";

export type QMatrix = Rational[][];

/** The row operations done on one pivot column (LaTeX), and the augmented matrix after them. */
export interface Stage {
  ops: string[];
  after: QMatrix;
}

const R = (i: number) => `R_{${i + 1}}`;

/** "3", "\\frac{1}{2}", with 1 left out: the coefficient in front of a row name. */
function times(k: Rational): string {
  const a = Q.abs(k);
  return Q.eq(a, 1) ? "" : entryLatex(a);
}

/**
 * Pivot on column c (rows from `from` down): the first entry of least absolute value (±1 if any),
 * which keeps hand-worked fractions small.
 * Returns the pivot row, or −1 if the column is zero there.
 */
function pivotRow(M: QMatrix, c: number, from: number): number {
  const candidates = M.map((_, i) => i).filter((i) => i >= from && !Q.isZero(M[i][c]));
  if (candidates.length === 0) return -1;
  return candidates.reduce((best, i) => (Q.cmp(Q.abs(M[i][c]), Q.abs(M[best][c])) < 0 ? i : best));
}

/**
 * Row-reduce the augmented matrix M (n pivot columns first). `full`: Gauss–Jordan (pivots scaled
 * to 1, entries above cleared too); otherwise forward elimination to echelon form only.
 */
export function rowReduce(rows: (number | Rational)[][], n: number, full: boolean): { stages: Stage[]; result: QMatrix } {
  const M: QMatrix = rows.map((r) => r.map((x) => Q.of(x)));
  const stages: Stage[] = [];
  for (let c = 0; c < n; c++) {
    const ops: string[] = [];
    const p = pivotRow(M, c, c);
    if (p < 0) throw new Error("rowReduce: singular matrix");
    if (p !== c) {
      [M[p], M[c]] = [M[c], M[p]];
      ops.push(`${R(c)} \\leftrightarrow ${R(p)}`);
    }
    if (full && !Q.eq(M[c][c], 1)) {
      const k = Q.inv(M[c][c]);
      M[c] = M[c].map((x) => x.mul(k));
      ops.push(`${R(c)} \\to ${Q.sign(k) < 0 ? "-" : ""}${times(k)}${R(c)}`);
    }
    for (let i = full ? 0 : c + 1; i < M.length; i++) {
      if (i === c || Q.isZero(M[i][c])) continue;
      const k = M[i][c].div(M[c][c]);
      M[i] = M[i].map((x, j) => x.sub(k.mul(M[c][j])));
      ops.push(`${R(i)} \\to ${R(i)} ${Q.sign(k) > 0 ? "-" : "+"} ${times(k)}${R(c)}`);
    }
    if (ops.length) stages.push({ ops, after: M.map((r) => r.slice()) });
  }
  return { stages, result: M };
}

/** An augmented matrix (A | B) in LaTeX, with a bar after column n. */
export function augmentedLatex(M: QMatrix, n: number): string {
  const spec = `${"c".repeat(n)}|${"c".repeat(M[0].length - n)}`;
  return `\\left(\\begin{array}{${spec}} ${M.map((r) => r.map(entryLatex).join(" & ")).join(" \\\\ ")} \\end{array}\\right)`;
}

/** One worked-solution step per stage: the operations, then the matrix they produce. */
export const stageSteps = (stages: Stage[], n: number): string[] =>
  stages.map((s) => `$${s.ops.join(",\\quad ")}$: $$${augmentedLatex(s.after, n)}$$`);
