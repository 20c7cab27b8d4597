// la.mlm.svd — singular values of a 2×2 or 3×2 matrix (level 1), or the full SVD A = UΣVᵀ of a
// 2×2 matrix (level 2), built from nice orthonormal U, V and integer singular values.
import { matLatex, matText, Q, Surd } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Built } from "../../types";
import { det, matMul, transpose } from "../../int-linalg";
import { colsMatrix, transposed, type UnitCol } from "./shared";
import { svdInstance } from "./svd-shared";

type Data = { A: number[][] };

const setText = (xs: (number | string)[]) => `{${xs.join(", ")}}`;
const negate = (c: UnitCol): UnitCol => ({ w: c.w.map((x) => -x + 0), s: c.s });
const diag = (d: number[]) => d.map((x, i) => d.map((_, j) => (i === j ? x : 0)));
const zero = Surd.of(0, 1);

/** The factors recovered exactly from A = integer 2×2 or 3×2 (via AᵀA's eigenvectors). */
function factors(A: number[][]): { U: UnitCol[]; sigma: number[]; V: UnitCol[] } {
  const G = matMul(transpose(A), A); // AᵀA = V Σ² Vᵀ
  const t = G[0][0] + G[1][1];
  const d = G[0][0] * G[1][1] - G[0][1] * G[1][0];
  const root = Math.round(Math.sqrt(t * t - 4 * d));
  const lambdas = [(t + root) / 2, (t - root) / 2];
  const sigma = lambdas.map((l) => Math.round(Math.sqrt(l)));
  // eigenvector of G for λ: (g12, λ − g11), or (λ − g22, g21); first non-zero entry positive
  const V = lambdas.map((l) => {
    const raw = G[0][1] !== 0 ? [G[0][1], l - G[0][0]] : l === G[0][0] ? [1, 0] : [0, 1];
    const g = Math.abs(raw[0]) + Math.abs(raw[1]) === 0 ? 1 : gcd(raw[0], raw[1]);
    const w = raw.map((x) => x / g);
    return (w.find((x) => x !== 0) ?? 0) < 0 ? { w: w.map((x) => -x + 0), s: w[0] ** 2 + w[1] ** 2 } : { w, s: w[0] ** 2 + w[1] ** 2 };
  });
  // u_i = A v_i / σ_i: an integer direction A w_i, scaled by 1/(σ_i |w_i|)
  const U = V.map((v) => {
    const Aw = A.map((r) => r[0] * v.w[0] + r[1] * v.w[1]);
    const g = Aw.reduce((s, x) => gcd(s, x), 0);
    const w = Aw.map((x) => x / g);
    return { w, s: w.reduce((s, x) => s + x * x, 0) };
  });
  return { U, sigma, V };
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function partsText(U: UnitCol[], S: (number | Surd)[][], V: UnitCol[], transposeV = true): string {
  const Vm = colsMatrix(V);
  return `U = ${matText(colsMatrix(U))}; S = ${matText(S)}; VT = ${matText(transposeV ? transposed(Vm) : Vm)}`;
}

export default defineSkill<Data>({
  id: "la.mlm.svd",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  build(rng, level): Built<Data> {
    const rows = level === 1 ? rng.pick<2 | 3>([2, 2, 3]) : 2;
    const { A } = svdInstance(rng, rows, 10);
    const { U, sigma, V } = factors(A);
    const G = matMul(transpose(A), A);
    const t = G[0][0] + G[1][1];
    const d = G[0][0] * G[1][1] - G[0][1] * G[1][0];
    const common = [
      `The singular values are the square roots of the eigenvalues of $A^\\top A = ${matLatex(G)}$.`,
      `Its characteristic equation is $\\lambda^2 - ${t}\\lambda + ${d} = 0$ (trace ${t}, determinant ${d}), with roots $\\lambda_1 = ${sigma[0] ** 2}$ and $\\lambda_2 = ${sigma[1] ** 2}$.`,
      `So $\\sigma_1 = \\sqrt{${sigma[0] ** 2}} = ${sigma[0]}$ and $\\sigma_2 = \\sqrt{${sigma[1] ** 2}} = ${sigma[1]}$.`,
    ];
    if (level === 1) {
      return {
        data: { A },
        prompt: `Find the singular values of $A = ${matLatex(A)}$. Give them as \`sigma = {σ1, σ2}\`, for example \`sigma = {5, 3}\`.`,
        answer: `sigma = ${setText([sigma[0], sigma[1]])}`,
        parseOptions: { parts: { sigma: "set" } },
        solution: common,
        hints: ["Form $A^\\top A$ (a 2×2 matrix) and find its eigenvalues.", "Singular values are never negative: they are $\\sqrt{\\lambda_i(A^\\top A)}$, not the eigenvalues of $A$."],
      };
    }
    const S = diag(sigma);
    return {
      data: { A },
      prompt: `Find the singular value decomposition $A = U\\Sigma V^\\top$ of $A = ${matLatex(A)}$, with $\\sigma_1 > \\sigma_2 > 0$ on the diagonal of $\\Sigma$, $U$ and $V$ orthogonal, and each column of $V$ having its first non-zero entry positive (this fixes the signs). Give \`U = [[…]]; S = [[…]]; VT = [[…]]\` where S is $\\Sigma$ and VT is $V^\\top$, with exact entries such as \`sqrt(2)/2\` or \`3/5\`.`,
      answer: partsText(U, S, V),
      parseOptions: { parts: { U: "matrix", S: "matrix", VT: "matrix" } },
      solution: [
        ...common,
        `The columns of $V$ are unit eigenvectors of $A^\\top A$: for $\\lambda_1$, $\\mathbf{v}_1 \\propto (${V[0].w.join(", ")})$; for $\\lambda_2$, $\\mathbf{v}_2 \\propto (${V[1].w.join(", ")})$ (first non-zero entry positive). So $V = ${matLatex(colsMatrix(V))}$.`,
        `Then $\\mathbf{u}_i = A\\mathbf{v}_i/\\sigma_i$: $U = ${matLatex(colsMatrix(U))}$. Check that $U\\Sigma V^\\top = A$.`,
      ],
      hints: ["$V$ holds the unit eigenvectors of $A^\\top A$ (largest eigenvalue first), $\\Sigma$ the square roots of those eigenvalues.", "Get each column of $U$ from $\\mathbf{u}_i = A\\mathbf{v}_i/\\sigma_i$ rather than from $AA^\\top$, so the signs match."],
    };
  },
  mistakes: [
    {
      tag: "eigenvalues-of-a",
      feedback: "Those are the eigenvalues of $A$. Singular values are the square roots of the eigenvalues of $A^\\top A$ — they are never negative and differ from the eigenvalues unless $A$ is symmetric positive semi-definite.",
      wrong: (p) => {
        const A = p.data.A;
        if (p.level !== 1 || A.length !== 2) return null;
        const t = A[0][0] + A[1][1];
        const D = t * t - 4 * det(A);
        if (D < 0) return null;
        // λ = t/2 ± √D/2
        const r = Surd.sqrt(D).scale(Q.of(1, 2));
        const half = Q.of(t, 2);
        const vals = r.isRational
          ? [Q.toString(half.add(r.k)), Q.toString(half.sub(r.k))]
          : t === 0
            ? [r.toString(), r.scale(-1).toString()]
            : [`${Q.toString(half)} + ${r}`, `${Q.toString(half)} - ${r}`];
        return `sigma = ${setText(vals)}`;
      },
    },
    {
      tag: "forgot-sqrt",
      feedback: "You gave the eigenvalues of $A^\\top A$. The singular values are their square roots.",
      wrong: (p) => {
        const { U, sigma, V } = factors(p.data.A);
        const sq = sigma.map((s) => s * s);
        return p.level === 1 ? `sigma = ${setText(sq)}` : partsText(U, diag(sq), V);
      },
    },
    {
      tag: "negative-singular-value",
      feedback: "Singular values are never negative. A negative sign belongs in a column of $U$ (or $V$), not in $\\Sigma$.",
      wrong: (p) => {
        const { U, sigma, V } = factors(p.data.A);
        if (p.level === 1) return p.data.A.length === 2 && det(p.data.A) < 0 ? `sigma = ${setText([sigma[0], -sigma[1]])}` : null;
        return partsText([U[0], negate(U[1])], diag([sigma[0], -sigma[1]]), V);
      },
    },
    {
      tag: "v-instead-of-vt",
      feedback: "You gave $V$ where $V^\\top$ was asked: the rows of $V^\\top$ are the right singular vectors $\\mathbf{v}_i$.",
      wrong: (p) => {
        if (p.level === 1) return null;
        const { U, sigma, V } = factors(p.data.A);
        return partsText(U, diag(sigma), V, false);
      },
    },
    {
      tag: "ascending-order",
      feedback: "Your factors multiply to $A$, but the singular values must be in decreasing order, $\\sigma_1 > \\sigma_2$, with the columns of $U$ and $V$ in the matching order.",
      wrong: (p) => {
        if (p.level === 1) return null;
        const { U, sigma, V } = factors(p.data.A);
        return partsText([U[1], U[0]], diag([sigma[1], sigma[0]]), [V[1], V[0]]);
      },
    },
  ],
  notes: {
    body: `Every $m×n$ matrix has a **singular value decomposition** $A = U\\Sigma V^\\top$: $U$ ($m×m$) and $V$ ($n×n$) are orthogonal and $\\Sigma$ is diagonal with the **singular values** $\\sigma_1 \\ge \\sigma_2 \\ge \\dots \\ge 0$. Geometrically, $A$ rotates (by $V^\\top$), stretches along the axes (by $\\Sigma$) and rotates again (by $U$). To compute it by hand: the eigenvalues of the symmetric matrix $A^\\top A = V\\Sigma^2V^\\top$ are $\\sigma_i^2$ and its unit eigenvectors are the columns of $V$; then $\\mathbf{u}_i = A\\mathbf{v}_i/\\sigma_i$. Singular values are never negative and are not the eigenvalues of $A$ (unless $A$ is symmetric positive semi-definite).

Why it matters for machine learning: the SVD gives the best low-rank approximation (PCA, latent semantic analysis, recommender systems, compression), the pseudoinverse for least squares, the rank (count of non-zero $\\sigma_i$), the 2-norm ($\\sigma_1$) and the condition number ($\\sigma_1/\\sigma_n$) that governs numerical stability.

Example: $A = \\begin{pmatrix}3 & 0\\\\ 4 & 5\\end{pmatrix}$ has $A^\\top A = \\begin{pmatrix}25 & 20\\\\ 20 & 25\\end{pmatrix}$ with eigenvalues $45$ and $5$, so $\\sigma_1 = 3\\sqrt{5}$, $\\sigma_2 = \\sqrt{5}$, while the eigenvalues of $A$ are $3$ and $5$.`,
  },
});
