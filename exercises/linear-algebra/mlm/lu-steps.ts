// Worked steps of Gaussian elimination recording L (and P), exactly over the rationals, for the
// LU skill's solutions. (lib/math's luExact gives only the factors, not the steps.)
import { matLatex, Q, type Rational } from "@/lib/math";

type QM = Rational[][];

const frac = (x: Rational) => Q.toLatex(x);

export function eliminationSteps(A: QM, partial: boolean): { steps: string[]; P: QM; L: QM; U: QM } {
  const n = A.length;
  const U = A.map((r) => r.slice());
  const L: QM = A.map(() => A.map(() => Q.zero));
  const perm = A.map((_, i) => i);
  const steps: string[] = [];
  for (let c = 0; c < n - 1; c++) {
    const lines: string[] = [];
    if (partial) {
      let p = c;
      for (let i = c + 1; i < n; i++) if (U[i][c].abs().compare(U[p][c].abs()) > 0) p = i;
      if (p !== c) {
        [U[c], U[p]] = [U[p], U[c]];
        [L[c], L[p]] = [L[p], L[c]];
        [perm[c], perm[p]] = [perm[p], perm[c]];
        lines.push(`Column ${c + 1}: the largest $|\\text{entry}|$ on or below the diagonal is $${frac(U[c][c])}$ in row ${p + 1}, so swap rows ${c + 1} and ${p + 1}${c > 0 ? " (in $L$ too, for the multipliers found so far)" : ""}.`);
      } else lines.push(`Column ${c + 1}: the pivot $${frac(U[c][c])}$ is already the largest in absolute value; no swap.`);
    }
    const ops: string[] = [];
    for (let i = c + 1; i < n; i++) {
      const f = U[i][c].div(U[c][c]);
      L[i][c] = f;
      if (Q.isZero(f)) continue;
      U[i] = U[i].map((x, j) => x.sub(f.mul(U[c][j])));
      ops.push(`$R_${i + 1} \\to R_${i + 1} - (${frac(f)})R_${c + 1}$`);
    }
    lines.push(
      ops.length
        ? `Eliminate below the pivot $${frac(U[c][c])}$: ${ops.join(", ")}, giving $${matLatex(U)}$. The multipliers go into column ${c + 1} of $L$.`
        : `The entries below the pivot are already zero; the multipliers in column ${c + 1} of $L$ are 0.`,
    );
    steps.push(lines.join(" "));
  }
  for (let i = 0; i < n; i++) L[i][i] = Q.one;
  const I = A.map((_, i) => A.map((__, j) => (i === j ? 1 : 0)));
  const P = perm.map((k) => I[k]);
  steps.push(
    partial
      ? `Collect the factors: $P = ${matLatex(P)}$ (the rows of $PA$ are rows ${perm.map((k) => k + 1).join(", ")} of $A$, in that order), $L = ${matLatex(L)}$, $U = ${matLatex(U)}$; check that $PA = LU$.`
      : `Collect the factors: $L = ${matLatex(L)}$, $U = ${matLatex(U)}$; check that $LU = A$.`,
  );
  return { steps, P: P.map((r) => r.map((x) => Q.of(x))), L, U };
}
