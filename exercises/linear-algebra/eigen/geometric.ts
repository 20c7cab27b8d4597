// la.eigen.geometric — eigenvalues of a named geometric transformation, found by reasoning about
// which directions it keeps: scalings, shears, reflections, projections and rotations.
import { matLatex, Q, surd, type Surd } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";

type Data = { A: (number | string)[][]; transformation: string };

interface Case {
  name: string;
  A: Surd[][];
  /** Real eigenvalues with multiplicity, ascending. */
  eigs: number[];
  why: string;
  /** cos θ and sin θ for rotations (their complex eigenvalues), else null. */
  rotation: { c: Surd; s: Surd } | null;
}

const S = (x: number) => surd(Q.of(x), 1);
const ANGLES: { deg: number; c: Surd; s: Surd }[] = [
  { deg: 30, c: surd(Q.of(1, 2), 3), s: S(0.5) },
  { deg: 45, c: surd(Q.of(1, 2), 2), s: surd(Q.of(1, 2), 2) },
  { deg: 60, c: S(0.5), s: surd(Q.of(1, 2), 3) },
  { deg: 90, c: S(0), s: S(1) },
  { deg: 120, c: S(-0.5), s: surd(Q.of(1, 2), 3) },
  { deg: 180, c: S(-1), s: S(0) },
  { deg: 270, c: S(0), s: S(-1) },
];

const ints = (M: number[][]) => M.map((r) => r.map(S));
const text = (x: Surd) => x.toString();
const eigText = (eigs: number[]) => `{${eigs.join(", ")}}`;

function case2(rng: Rng): Case {
  const k = rng.pick([-3, -2, -1, 1, 2, 3]);
  switch (rng.pick(["scaling", "shear", "reflection", "projection", "rotation", "rotation"])) {
    case "scaling": {
      const [a, b] = [rng.pick([-2, -1, 2, 3, 4]), rng.pick([-3, -2, 2, 3, 5])];
      const same = rng.bool(0.3);
      const d = same ? a : b;
      return { name: `the scaling that multiplies $x$ by $${Q.toLatex(Q.of(a))}$ and $y$ by $${Q.toLatex(Q.of(d))}$`, A: [[S(a), S(0)], [S(0), S(d)]], eigs: [a, d].sort((p, q) => p - q), rotation: null,
        why: `The axes keep their directions: $(1, 0)$ is scaled by $${Q.toLatex(Q.of(a))}$ and $(0, 1)$ by $${Q.toLatex(Q.of(d))}$.` };
    }
    case "shear":
      return { name: `the horizontal shear $(x, y)\\mapsto(x ${k < 0 ? "-" : "+"} ${Math.abs(k) === 1 ? "" : Math.abs(k)}y,\\ y)$`, A: ints([[1, k], [0, 1]]), eigs: [1, 1], rotation: null,
        why: "Only the $x$-axis keeps its direction (it is left unchanged, $\\lambda = 1$). The characteristic polynomial is $(1 - \\lambda)^2$, so $\\lambda = 1$ is a **double** eigenvalue, even though there is only one eigenvector direction." };
    case "reflection": {
      const [name, M] = rng.pick([["the $x$-axis", [[1, 0], [0, -1]]], ["the $y$-axis", [[-1, 0], [0, 1]]], ["the line $y = x$", [[0, 1], [1, 0]]], ["the line $y = -x$", [[0, -1], [-1, 0]]]] as [string, number[][]][]);
      return { name: `the reflection in ${name}`, A: ints(M), eigs: [-1, 1], rotation: null,
        why: "Vectors along the mirror line stay put ($\\lambda = 1$); vectors perpendicular to it are flipped ($\\lambda = -1$)." };
    }
    case "projection": {
      const [name, M] = rng.pick([["the $x$-axis", [[1, 0], [0, 0]]], ["the $y$-axis", [[0, 0], [0, 1]]]] as [string, number[][]][]);
      return { name: `the (orthogonal) projection onto ${name}`, A: ints(M), eigs: [0, 1], rotation: null,
        why: "Vectors on the axis are unchanged ($\\lambda = 1$); vectors perpendicular to it are sent to $\\mathbf{0}$ ($\\lambda = 0$)." };
    }
    default: {
      const a = rng.pick(ANGLES);
      return { name: `the anticlockwise rotation by $${a.deg}^\\circ$`, A: [[a.c, a.s.scale(-1)], [a.s, a.c]], eigs: a.deg === 180 ? [-1, -1] : [], rotation: a,
        why: a.deg === 180
          ? "A half turn sends every vector $\\mathbf{v}$ to $-\\mathbf{v}$: every direction is kept and flipped, so $\\lambda = -1$ twice."
          : `A rotation by $${a.deg}^\\circ$ turns every non-zero vector off its own line, so no real $\\lambda$ satisfies $A\\mathbf{v} = \\lambda\\mathbf{v}$. (The eigenvalues $\\cos\\theta \\pm i\\sin\\theta$ are complex.)` };
    }
  }
}

function case3(rng: Rng): Case {
  const axis = rng.pick(["x", "y", "z"]);
  const idx = ["x", "y", "z"].indexOf(axis);
  const diag = (d: number[]) => ints(d.map((x, i) => d.map((_, j) => (i === j ? x : 0))));
  const onAxis = (x: number, rest: number) => [0, 1, 2].map((i) => (i === idx ? x : rest));
  const plane = ["yz", "xz", "xy"][idx];
  switch (rng.pick(["reflection", "projection-plane", "projection-line", "rotation", "rotation", "shear"])) {
    case "reflection":
      return { name: `the reflection in the $${plane}$-plane`, A: diag(onAxis(-1, 1)), eigs: [-1, 1, 1], rotation: null,
        why: `Every vector in the $${plane}$-plane is unchanged ($\\lambda = 1$, a whole plane of them, so twice); the $${axis}$-axis is flipped ($\\lambda = -1$).` };
    case "projection-plane":
      return { name: `the orthogonal projection onto the $${plane}$-plane`, A: diag(onAxis(0, 1)), eigs: [0, 1, 1], rotation: null,
        why: `Vectors in the $${plane}$-plane are unchanged ($\\lambda = 1$, twice); the $${axis}$-axis is squashed to $\\mathbf{0}$ ($\\lambda = 0$).` };
    case "projection-line":
      return { name: `the orthogonal projection onto the $${axis}$-axis`, A: diag(onAxis(1, 0)), eigs: [0, 0, 1], rotation: null,
        why: `The $${axis}$-axis is unchanged ($\\lambda = 1$); the whole perpendicular $${plane}$-plane goes to $\\mathbf{0}$ ($\\lambda = 0$, twice).` };
    case "shear":
      return { name: "the shear $(x, y, z)\\mapsto(x + 2z,\\ y,\\ z)$", A: ints([[1, 0, 2], [0, 1, 0], [0, 0, 1]]), eigs: [1, 1, 1], rotation: null,
        why: "The matrix is upper triangular with $1$s on the diagonal: $\\det(A - \\lambda I) = (1 - \\lambda)^3$, so $\\lambda = 1$ three times (the $xy$-plane is unchanged, but $z$ has no eigen-direction of its own)." };
    default: {
      const a = rng.pick(ANGLES);
      const R = [[a.c, a.s.scale(-1)], [a.s, a.c]];
      const others = [0, 1, 2].filter((i) => i !== idx);
      const A = [0, 1, 2].map((i) => [0, 1, 2].map((j) => {
        if (i === idx || j === idx) return S(i === j ? 1 : 0);
        return R[others.indexOf(i)][others.indexOf(j)];
      }));
      return { name: `the rotation by $${a.deg}^\\circ$ about the $${axis}$-axis`, A, eigs: a.deg === 180 ? [-1, -1, 1] : [1], rotation: a,
        why: a.deg === 180
          ? `The axis is fixed ($\\lambda = 1$) and the half turn flips every vector of the $${plane}$-plane ($\\lambda = -1$, twice).`
          : `Only the axis of rotation keeps its direction ($\\lambda = 1$); every vector off the axis is turned off its own line, so there are no other real eigenvalues.` };
    }
  }
}

export default defineSkill<Data>({
  id: "la.eigen.geometric",
  version: 1,
  levels: [1, 2],
  expects: "set",
  build(rng, level) {
    // Level 1: a 2D transformation, named and with its matrix; level 2: a 3D one, named only.
    const c = level === 1 ? case2(rng) : case3(rng);
    return {
      data: { A: c.A.map((r) => r.map((x) => (x.isRational && x.k.d === 1n ? Number(Q.num(x.k)) : text(x)))), transformation: c.name.replace(/\$/g, "") },
      prompt: `Find all **real** eigenvalues of ${c.name}${level === 1 ? `, $A = ${matLatex(c.A)}$` : " of $\\mathbb{R}^3$"}, by reasoning about which directions it keeps. List them with repeats (multiplicity), e.g. \`{1, 1}\`; answer \`{}\` if there are no real eigenvalues.`,
      answer: eigText(c.eigs),
      solution: [
        "An eigenvector is a direction the transformation keeps (possibly flipped or scaled); its eigenvalue is the scale factor.",
        c.why,
        c.eigs.length ? `So the real eigenvalues are $\\{${c.eigs.join(", ")}\\}$.` : "So there are no real eigenvalues: the answer is $\\{\\}$.",
      ],
      hints: ["Ask which lines through the origin are mapped onto themselves, and by what factor.", "Count repeats: the eigenvalues of an $n\\times n$ matrix, with multiplicity, number $n$ when they are all real."],
    };
  },
  mistakes: [
    {
      tag: "real-eigenvalues-for-rotation",
      feedback: "A rotation (other than by $0^\\circ$ or $180^\\circ$) keeps no direction in its plane, so it has no real eigenvalues there. Reading the diagonal entries $\\cos\\theta$ does not give eigenvalues.",
      wrong: (p) => {
        const A = p.data.A.map((r) => r.map(String));
        if (!/rotation/.test(p.data.transformation) || /180/.test(p.data.transformation)) return null;
        return `{${A.map((r, i) => r[i]).join(", ")}}`;
      },
    },
    {
      tag: "missed-repeated-eigenvalue",
      feedback: "Count multiplicities: a repeated eigenvalue must be listed as many times as it is a root of $\\det(A - \\lambda I)$ — a shear has $\\lambda = 1$ twice, even though it keeps only one direction.",
      wrong: (p) => {
        const eigs = eigsOf(p);
        const distinct = [...new Set(eigs)];
        return distinct.length === eigs.length ? null : eigText(distinct);
      },
    },
    {
      tag: "gave-complex-eigenvalues",
      feedback: "Those are the complex eigenvalues $\\cos\\theta \\pm i\\sin\\theta$. The question asks for real eigenvalues: the rotation keeps no real direction in its plane.",
      wrong: (p) => {
        const m = /rotation by (\d+)/.exec(p.data.transformation);
        const a = m && ANGLES.find((x) => x.deg === Number(m[1]));
        if (!a || a.deg === 180) return null;
        const pair = [`${text(a.c)} + (${text(a.s)})*i`, `${text(a.c)} - (${text(a.s)})*i`];
        return `{${[...(p.data.A.length === 3 ? ["1"] : []), ...pair].join(", ")}}`;
      },
    },
  ],
  notes: {
    body: `For a geometric transformation you can often **see** the eigenvectors: they are the directions the transformation keeps (up to stretching or flipping), and the eigenvalue is the stretch factor.
- A scaling $\\operatorname{diag}(a, b)$ keeps both axes: eigenvalues $a$ and $b$.
- A reflection keeps its mirror line ($\\lambda = 1$) and flips the perpendicular direction ($\\lambda = -1$).
- A projection keeps its target ($\\lambda = 1$) and kills the perpendicular direction ($\\lambda = 0$).
- A shear keeps one direction, but $\\lambda = 1$ is a **double** eigenvalue: $\\det(A - \\lambda I) = (1 - \\lambda)^2$.
- A rotation by $\\theta$ (not $0^\\circ$ or $180^\\circ$) keeps no direction: no real eigenvalues; they are the complex pair $\\cos\\theta \\pm i\\sin\\theta$.

Why it matters for machine learning: reading a matrix geometrically — which directions it stretches, flattens or turns — is how one understands covariance matrices, Hessians and the dynamics of iterative methods, whose convergence depends on the eigenvalues.

Example: the shear $\\begin{pmatrix}1 & 2\\\\ 0 & 1\\end{pmatrix}$ moves every point horizontally by $2y$. The $x$-axis is unchanged and no other line through the origin is kept, so its eigenvalues are $\\{1, 1\\}$ with a single eigenvector direction $(1, 0)$.`,
  },
});

/** The expected real eigenvalues, read back from the problem's own answer. */
function eigsOf(p: { answer: { numeric: unknown } }): number[] {
  return (p.answer.numeric as number[]).slice();
}
