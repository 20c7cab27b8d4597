// la.matrices.singular — singular (det 0, dependent rows) or invertible? Half the seeds are singular.
// Level 1: 2×2; level 2: 3×3, where a singular matrix's third row is often a combination of two
// others; level 3: 3×3 with a parameter k, asked at one value of k (sometimes the one giving det 1).
import { matLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, det, maxAbs, scale } from "../../int-linalg";
import type { Rng } from "../../rng";
import { coef } from "../../tex";

type Entry = number | string;
type Data = { A: Entry[][]; k?: number };

/** The matrix with the parameter k replaced by its value. */
const numeric = (d: Data): number[][] => d.A.map((r) => r.map((x) => (typeof x === "string" ? (d.k as number) : x)));
const hasZero = (A: number[][]) => A.flat().includes(0);
const proportional = (u: number[], v: number[]) => u.every((x, i) => x * v[(i + 1) % u.length] === v[i] * u[(i + 1) % u.length]);
const anyProportionalRows = (A: number[][]) => A.some((r, i) => A.some((s, j) => j > i && proportional(r, s)));

interface Built {
  A: number[][];
  /** Why it is singular (the dependency), in LaTeX text; "" when invertible. */
  witness: string;
}

/** Rows in random order, with the dependency written in terms of the final row numbers. */
function dependent(rng: Rng, n: number): Built {
  for (;;) {
    const base = Array.from({ length: n - 1 }, () => rng.intVector(n, -4, 4));
    const useTwo = n === 3 && rng.bool(0.65);
    const coeffs = useTwo ? [rng.nonZeroInt(-2, 2), rng.nonZeroInt(-2, 2)] : [rng.pick([-3, -2, -1, 2, 3])];
    const last = coeffs.map((c, i) => scale(c, base[i])).reduce(addVec);
    const rows = [...base, last];
    if (maxAbs(rows) > 9 || last.every((x) => x === 0)) continue;
    if (n === 3 && anyProportionalRows(base)) continue;
    const order = rng.shuffle(rows.map((_, i) => i));
    const A = order.map((i) => rows[i]);
    const pos = (i: number) => order.indexOf(i) + 1;
    const combo = coeffs.map((c, i) => coef(c, `R_{${pos(i)}}`)).join(" + ").replace(/\+ -/g, "- ");
    return { A, witness: `$R_{${pos(n - 1)}} = ${combo}$` };
  }
}

/** Invertible, and about half the time a near miss: a dependent matrix with one entry nudged. */
function independent(rng: Rng, n: number): Built {
  for (;;) {
    let A: number[][];
    if (rng.bool()) {
      A = dependent(rng, n).A.map((r) => r.slice());
      A[rng.int(0, n - 1)][rng.int(0, n - 1)] += rng.pick([-1, 1]);
    } else A = rng.intMatrix(n, n, -6, 6);
    // Half of the invertible matrices contain a zero, so "a zero entry means singular" can be caught.
    if (rng.bool() && !hasZero(A)) A[rng.int(0, n - 1)][rng.int(0, n - 1)] = 0;
    if (det(A) !== 0 && maxAbs(A) <= 9) return { A, witness: "" };
  }
}

/** Level 3: a 3×3 matrix with k in one place, whose cofactor there is ±1, so det is ±k + e. */
function parametric(rng: Rng, singular: boolean): { data: Data; detAtZero: number; slope: number } {
  for (;;) {
    const M = rng.intMatrix(3, 3, -4, 4);
    const [i, j] = [rng.int(0, 2), rng.int(0, 2)];
    M[i][j] = 0;
    const e = det(M);
    M[i][j] = 1;
    const slope = det(M) - e; // det is linear in the (i, j) entry
    if (Math.abs(slope) !== 1) continue;
    const kSingular = -e / slope;
    const kDetOne = (1 - e) / slope;
    let k: number;
    if (singular) k = kSingular;
    else if (rng.bool(0.6)) k = kDetOne;
    else k = kSingular + rng.pick([-2, 2, 3]);
    if (Math.abs(kSingular) > 9 || Math.abs(kDetOne) > 9 || Math.abs(k) > 9 || k === 0) continue;
    const A: Entry[][] = M.map((r) => r.slice());
    A[i][j] = "k";
    return { data: { A, k }, detAtZero: e, slope };
  }
}

export default defineSkill<Data>({
  id: "la.matrices.singular",
  version: 1,
  levels: [1, 2, 3],
  expects: "boolean",
  parseOptions: { booleanWords: [["singular", "invertible"]] },
  build(rng, level) {
    const singular = rng.bool();
    const answerWord = singular ? "singular" : "invertible";
    const hints = [
      "A square matrix is singular exactly when its determinant is $0$ — equivalently, when one row is a combination of the others.",
      "Zeros among the entries do not decide anything; only the determinant (or a row dependency) does.",
    ];
    if (level === 3) {
      const { data, detAtZero, slope } = parametric(rng, singular);
      const A = numeric(data);
      const d = det(A);
      const poly = `${slope === 1 ? "" : "-"}k${detAtZero === 0 ? "" : ` ${detAtZero < 0 ? "-" : "+"} ${Math.abs(detAtZero)}`}`;
      return {
        data,
        prompt: `Let $A = ${matLatex(data.A)}$. Is $A$ singular when $k = ${data.k}$? Answer singular or invertible.`,
        answer: answerWord,
        solution: [
          `Expanding along the row containing $k$ (only $k$'s term depends on $k$), $\\det A = ${poly}$.`,
          `At $k = ${data.k}$: $\\det A = ${d}$, so $A$ is ${answerWord}${singular ? "" : " (singular would need $\\det A = 0$)"}.`,
        ],
        hints,
      };
    }
    const n = level === 1 ? 2 : 3;
    const { A, witness } = singular ? dependent(rng, n) : independent(rng, n);
    const d = det(A);
    return {
      data: { A },
      prompt: `Is $A = ${matLatex(A)}$ singular or invertible?`,
      answer: answerWord,
      solution: singular
        ? [`The rows are dependent: ${witness}.`, `So $\\det A = 0$ and $A$ is **singular**: it squashes space onto a lower dimension and has no inverse.`]
        : [`$\\det A = ${d} \\neq 0$.`, `So the rows are independent and $A$ is **invertible**.`],
      hints,
    };
  },
  mistakes: [
    {
      tag: "zero-entry",
      feedback: "A zero entry does not make a matrix singular. What matters is the determinant (or whether a row is a combination of the others); here $\\det A \\neq 0$.",
      wrong: (p) => (det(numeric(p.data)) !== 0 && hasZero(numeric(p.data)) ? "singular" : null),
    },
    {
      tag: "solved-det-equals-one",
      feedback: "At this $k$ the determinant is $1$, not $0$. Singular means $\\det A = 0$; a determinant of $1$ is as invertible as it gets.",
      wrong: (p) => (p.level === 3 && det(numeric(p.data)) === 1 ? "singular" : null),
    },
    {
      tag: "no-proportional-rows",
      feedback: "No two rows are multiples of each other, but one row is a **combination** of the other two, so the rows are dependent and $\\det A = 0$.",
      wrong: (p) => (p.level !== 3 && det(numeric(p.data)) === 0 && !anyProportionalRows(numeric(p.data)) ? "invertible" : null),
    },
  ],
  notes: {
    body: `A square matrix is **singular** when it has no inverse. All of these say the same thing:
$$\\det A = 0 \\iff \\text{the rows (or columns) are linearly dependent} \\iff A\\mathbf{x} = \\mathbf{0} \\text{ for some } \\mathbf{x} \\neq \\mathbf{0}.$$
Geometrically, a singular matrix squashes the plane onto a line (or space onto a plane), so information is lost and cannot be undone. Zeros among the entries say nothing by themselves; a dependency among rows can hide behind ordinary-looking numbers.

Why it matters for machine learning: if one feature is a combination of others, $X^\\top X$ is singular and least squares has no unique answer — the reason for removing collinear features or adding regularisation ($X^\\top X + \\lambda I$ is always invertible for $\\lambda > 0$).

Example: $\\begin{pmatrix}1 & 2 & 0\\\\ 0 & 1 & 3\\\\ 2 & 5 & 3\\end{pmatrix}$ is singular because $R_3 = 2R_1 + R_2$, even though no two rows are multiples of each other.`,
  },
});
