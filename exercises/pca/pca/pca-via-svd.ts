// pca.pca.pca-via-svd — principal directions and variances from the SVD X = UΣVᵀ of a centred N×D
// data matrix: the columns of V, and σᵢ²/N. Built as X = Σ αᵢ hᵢ wᵢᵀ with orthogonal zero-sum
// ±1 columns hᵢ (so U = [hᵢ/2]) and orthogonal integer directions wᵢ (so V = [wᵢ/|wᵢ|]).
import { evaluateAt, matLatex, Q, Surd, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Built } from "../../types";
import { firstPositive, norm2, unitSurds } from "../shared";

/** U, S (singular values) and V as exact strings; N observations. */
type Data = { N: number; U: string[][]; S: string[]; V: string[][] };

const H = [[1, 1, -1, -1], [1, -1, 1, -1], [1, -1, -1, 1]];
const DIRS: Record<number, number[][][]> = {
  2: [[[1, 1], [1, -1]], [[1, 2], [2, -1]], [[3, 4], [4, -3]], [[1, 3], [3, -1]]],
  3: [[[1, 2, 2], [2, 1, -2], [2, -2, 1]], [[1, 1, 0], [1, -1, 0], [0, 0, 1]], [[1, 1, 1], [1, -1, 0], [1, 1, -2]]],
};

const num = (t: string): number => evaluateAt(t, {})!;
const column = (M: string[][], j: number) => M.map((r) => r[j]);
const sigma1 = (d: Data) => Surd.sqrt(Q.of(Math.round(num(d.S[0]) ** 2)));
const answerText = (v: string[], lambda: string) => `v = (${v.join(", ")}); lambda = ${lambda}`;

export default defineSkill<Data>({
  id: "pca.pca.pca-via-svd",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  parseOptions: { parts: { v: "vector", lambda: "number" } },
  policy: { parts: { v: { upToSign: true } } },
  build(rng, level): Built<Data> {
    const D = level === 1 ? 2 : 3;
    const N = 4;
    for (;;) {
      const mix = rng.signedPermutation(D);
      const ws = rng.shuffle(rng.pick(DIRS[D])).map((w) => firstPositive(mix(w)));
      // permuting observations (not flipping single entries) keeps every hᵢ zero-sum: X stays centred
      const order = rng.shuffle([0, 1, 2, 3]);
      const hs = rng.shuffle(H).slice(0, D).map((h) => {
        const sign = rng.bool() ? 1 : -1;
        return order.map((i) => sign * h[i]);
      });
      const alphas = Array.from({ length: D }, () => rng.int(1, 3));
      // order by variance λᵢ = σᵢ²/N = αᵢ²|wᵢ|² (σᵢ = 2αᵢ|wᵢ|), strictly decreasing
      const comps = ws.map((w, i) => ({ w, h: hs[i], a: alphas[i], lambda: alphas[i] ** 2 * norm2(w) })).sort((p, q) => q.lambda - p.lambda);
      if (comps.some((c, i) => i > 0 && c.lambda === comps[i - 1].lambda)) continue;
      const U = Array.from({ length: N }, (_, n) => comps.map((c) => Q.toString(Q.of(c.h[n], 2))));
      const S = comps.map((c) => Surd.of(2 * c.a, norm2(c.w)).toString());
      const Vcols = comps.map((c) => unitSurds(c.w).map((x) => x.toString()));
      const V = Array.from({ length: D }, (_, i) => Vcols.map((col) => col[i]));
      const X = Array.from({ length: N }, (_, n) => Array.from({ length: D }, (_, j) => comps.reduce((s, c) => s + c.a * c.h[n] * c.w[j], 0) + 0));
      const data: Data = { N, U, S, V };
      const lam = comps[0].lambda;
      const Sl = S.map((s) => Surd.sqrt(Q.of(Math.round(num(s) ** 2))).toLatex());
      return {
        data,
        prompt: `A centred data matrix $X$ ($N = ${N}$ observations as rows, $D = ${D}$ features) has the singular value decomposition $X = U\\Sigma V^\\top$ with
$$U = ${matLatex(U.map((r) => r.map((x) => Q.of(x))))},\\quad \\Sigma = \\operatorname{diag}(${Sl.join(", ")}),\\quad V = ${matLatex(V.map((r) => r.map((x) => latexOf(x))))}.$$
Give the first principal direction $\\mathbf{v}$ (unit length, either sign) and the variance $\\lambda$ of the data along it (with the $1/N$ covariance of this course), as \`v = (…); lambda = …\`.`,
        answer: answerText(Vcols[0], String(lam)),
        numeric: { v: Vcols[0].map(num), lambda: lam },
        solution: [
          `The covariance is $C = \\frac{1}{N}X^\\top X = \\frac{1}{N}V\\Sigma^\\top U^\\top U\\Sigma V^\\top = V\\,\\frac{\\Sigma^2}{N}\\,V^\\top$ (since $U^\\top U = I$). So the columns of $V$ are the eigenvectors of $C$ — the principal directions — and the eigenvalues are $\\sigma_i^2/N$.`,
          `The largest singular value is $\\sigma_1 = ${Sl[0]}$, so $\\mathbf{v}$ is the first column of $V$: $\\mathbf{v} = ${vecLatex(Vcols[0].map(latexOf))}$.`,
          `Its variance: $\\lambda_1 = \\sigma_1^2/N = ${Math.round(num(S[0]) ** 2)}/${N} = ${lam}$. (For reference, $X = ${matLatex(X)}$.)`,
        ],
        hints: ["$X^\\top X = V\\Sigma^2V^\\top$: the right singular vectors (columns of $V$) are the principal directions.", "Variance along the $i$-th direction: $\\sigma_i^2/N$ — square the singular value and divide by the number of observations."],
      };
    }
  },
  mistakes: [
    {
      tag: "used-u",
      feedback: "You took a column of $U$. $U$'s columns live in $\\mathbb{R}^N$ (one entry per observation: they are the normalised codes); the principal directions live in feature space — the columns of $V$.",
      wrong: (p) => answerText(column(p.data.U, 0), Q.toString(sigma1(p.data).square().div(Q.of(p.data.N)))),
    },
    {
      tag: "forgot-to-square",
      feedback: "You divided $\\sigma_1$ by $N$. The variance is $\\sigma_1^2/N$: square the singular value first.",
      wrong: (p) => answerText(column(p.data.V, 0), sigma1(p.data).scale(Q.of(1, p.data.N)).toString()),
    },
    {
      tag: "forgot-to-divide-by-n",
      feedback: "You gave $\\sigma_1^2$, the variance summed over the observations. Divide by $N$ for the $1/N$ covariance.",
      wrong: (p) => answerText(column(p.data.V, 0), Q.toString(sigma1(p.data).square())),
    },
    {
      tag: "divided-by-n-minus-1",
      feedback: "You divided $\\sigma_1^2$ by $N-1$. This course's covariance uses $1/N$, so the variance is $\\sigma_1^2/N$.",
      wrong: (p) => answerText(column(p.data.V, 0), Q.toString(sigma1(p.data).square().div(Q.of(p.data.N - 1)))),
    },
    {
      tag: "row-of-v",
      feedback: "You read the first row of $V$. The principal directions are the columns of $V$ (the rows of $V^\\top$).",
      wrong: (p) => answerText(p.data.V[0], Q.toString(sigma1(p.data).square().div(Q.of(p.data.N)))),
    },
  ],
  notes: {
    body: `PCA can be computed without forming the covariance matrix. Write the centred data as an $N\\times D$ matrix $X$ (one observation per row) with SVD $X = U\\Sigma V^\\top$. Then
$$C = \\frac{1}{N}X^\\top X = V\\,\\frac{\\Sigma^\\top\\Sigma}{N}\\,V^\\top,$$
which is an eigen-decomposition of $C$: the **columns of $V$** (right singular vectors) are the principal directions and the **variances** are $\\lambda_i = \\sigma_i^2/N$. The codes of the data on the components are the columns of $U\\Sigma = XV$.

Why it matters for machine learning: this is how PCA is computed in practice (e.g. scikit-learn): the SVD is numerically more stable than forming $X^\\top X$, which squares the condition number, and truncated/randomised SVDs scale to large datasets.

Example: if $N = 4$ and $\\sigma_1 = 6$, the first component's variance is $36/4 = 9$; if $V = \\frac{1}{5}\\begin{pmatrix}3 & 4\\\\ 4 & -3\\end{pmatrix}$, the first principal direction is $(3/5, 4/5)$.`,
  },
});

/** LaTeX of an exact string such as "2*sqrt(5)/5" or "3/5". */
function latexOf(t: string): string {
  const m = /^(-?)(\d*)\*?sqrt\((\d+)\)(?:\/(\d+))?$/.exec(t);
  if (!m) return Q.toLatex(Q.of(t));
  const num = `${m[2]}\\sqrt{${m[3]}}`;
  return `${m[1]}${m[4] ? `\\frac{${num}}{${m[4]}}` : num}`;
}
