// mc.opt.lagrange — critical points of f(x, y) subject to g(x, y) = c by ∇f = λ∇g. Level 1: a
// quadratic (x² + k y² or xy) on a line, one point. Level 2: on a circle x² + y² = r², a linear f
// (two points ±t(p, q)) or a quadratic form with nice eigenvectors (four points). Integer points.
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { sum, type Written } from "../calc/terms";

type Kind = "dist" | "xy" | "linear" | "form";
type Data = {
  f: string;
  vars: string[];
  constraint: string;
  kind: Kind;
  /** f's coefficients: dist [k] (x² + k y²); xy []; linear [p, q]; form [a, b, c] (a x² + b xy + c y²). */
  fc: number[];
  /** The line p x + q y = c as [p, q, c], or the circle's r² as [r2]. */
  g: number[];
  /** Critical points, the maximum (level 2) first. */
  points: number[][];
  /** Level 2: the points where f is largest. */
  max?: number[][];
};

const setText = (pts: number[][]): string => pts.map((p) => `(${p.join(", ")})`).join(", ");
const setTex = (pts: number[][]): string => pts.map((p) => `(${p.join(", ")})`).join(",\\ ");

/** Σ c_i · m_i as text and LaTeX; m_i as [text, tex]. */
function poly(cs: number[], monos: [string, string][]): Written {
  return sum(cs.map((c, i) => {
    const [mt, mx] = monos[i];
    const k = Math.abs(c);
    const sign = c < 0 ? "-" : "";
    return c === 0 ? { text: "0", tex: "0" } : { text: `${sign}${k === 1 ? "" : `${k}*`}${mt}`, tex: `${sign}${k === 1 ? "" : k}${mx}` };
  }));
}
const X2: [string, string] = ["x^2", "x^{2}"];
const Y2: [string, string] = ["y^2", "y^{2}"];
const XY: [string, string] = ["x*y", "xy"];
const XY1: [string, string][] = [["x", "x"], ["y", "y"]];

function fOf(d: Data): Written {
  switch (d.kind) {
    case "dist":
      return poly([1, d.fc[0]], [X2, Y2]);
    case "xy":
      return { text: "x*y", tex: "xy" };
    case "linear":
      return poly(d.fc, [["x", "x"], ["y", "y"]]);
    case "form":
      return poly(d.fc, [X2, XY, Y2]);
  }
}

const gOf = (d: Data): Written =>
  d.g.length === 3
    ? (({ text, tex }) => ({ text: `${text} = ${d.g[2]}`, tex: `${tex} = ${d.g[2]}` }))(poly(d.g.slice(0, 2), [["x", "x"], ["y", "y"]]))
    : { text: `x^2 + y^2 = ${d.g[0]}`, tex: `x^{2} + y^{2} = ${d.g[0]}` };

const fAt = (d: Data, [x, y]: number[]): number => {
  switch (d.kind) {
    case "dist":
      return x * x + d.fc[0] * y * y;
    case "xy":
      return x * y;
    case "linear":
      return d.fc[0] * x + d.fc[1] * y;
    case "form":
      return d.fc[0] * x * x + d.fc[1] * x * y + d.fc[2] * y * y;
  }
};

const nz = (rng: Rng, m: number) => rng.nonZeroInt(-m, m);

function level1(rng: Rng): Data {
  const base = { f: "", vars: ["x", "y"], constraint: "" };
  const [p, q, t] = [nz(rng, 3), nz(rng, 3), nz(rng, 2)];
  if (rng.bool()) {
    // x² + k y² on p x + q y = c: ∇f = (2x, 2ky) = λ(p, q) gives (x, y) ∝ (kp, q); c = t(kp² + q²)
    const k = rng.int(1, 3);
    return { ...base, kind: "dist", fc: [k], g: [p, q, t * (k * p * p + q * q)], points: [[t * k * p, t * q]] };
  }
  // xy on p x + q y = c: (y, x) = λ(p, q) gives (x, y) = (c/2p, c/2q); c = 2pqt
  return { ...base, kind: "xy", fc: [], g: [p, q, 2 * p * q * t], points: [[q * t, p * t]] };
}

/** Orthogonal integer direction pairs for the quadratic forms' eigenvectors. */
const PAIRS: [number[], number[]][] = [[[1, 0], [0, 1]], [[1, 1], [1, -1]], [[1, 2], [2, -1]], [[2, 1], [1, -2]]];

function level2(rng: Rng): Data {
  const base = { f: "", vars: ["x", "y"], constraint: "" };
  const t = rng.int(1, 2);
  if (rng.bool()) {
    // linear p x + q y on x² + y² = t²(p² + q²): the points ±t(p, q), maximum at +t(p, q)
    const [p, q] = rng.pick([[3, 4], [4, 3], [1, 1], [1, 2], [2, 1], [1, 3], [2, 2]]).map((v) => v * (rng.bool() ? 1 : -1));
    const top = [t * p, t * q];
    return { ...base, kind: "linear", fc: [p, q], g: [t * t * (p * p + q * q)], points: [top, top.map((v) => -v)], max: [top] };
  }
  // a x² + b xy + c y² = λ1 (u·x)²/|u|² + λ2 (w·x)²/|w|², eigen-directions u ⟂ w, on x² + y² = t²|u|²
  for (;;) {
    const [u, w] = rng.pick(PAIRS);
    const n2 = u[0] * u[0] + u[1] * u[1];
    const l1 = rng.int(-3, 4);
    const l2 = l1 + n2 * rng.nonZeroInt(-1, 1) * (n2 === 1 ? rng.int(1, 3) : n2 === 2 ? rng.int(1, 2) : 1);
    // the form's matrix A = (l1 u uᵀ + l2 w wᵀ)/n2, integer by the choice of l2 ≡ l1 mod n2
    const A = [0, 1].map((i) => [0, 1].map((j) => (l1 * u[i] * u[j] + l2 * w[i] * w[j]) / n2));
    if (A.flat().some((v) => !Number.isInteger(v)) || (A[0][1] === 0 && n2 !== 1)) continue;
    const fc = [A[0][0], 2 * A[0][1], A[1][1]];
    if (fc.filter((v) => v !== 0).length < 2) continue;
    const pts = [u, w].flatMap((v) => [v.map((x) => t * x), v.map((x) => -t * x)]);
    const big = l1 > l2 ? u : w;
    return { ...base, kind: "form", fc, g: [t * t * n2], points: pts, max: [big.map((x) => t * x), big.map((x) => -t * x)] };
  }
}

export default defineSkill<Data>({
  id: "mc.opt.lagrange",
  version: 1,
  levels: [1, 2],
  expects: "set",
  build(rng, level) {
    const d = level === 1 ? level1(rng) : level2(rng);
    const f = fOf(d);
    const g = gOf(d);
    d.f = f.text;
    d.constraint = g.text;
    const circle = d.g.length === 1;
    const gradG = circle ? "(2x,\\ 2y)" : `(${d.g[0]},\\ ${d.g[1]})`;
    const gradF = { dist: `(2x,\\ ${2 * d.fc[0]}y)`, xy: "(y,\\ x)", linear: `(${d.fc[0]},\\ ${d.fc[1]})`, form: `(${poly([2 * d.fc[0], d.fc[1]], XY1).tex},\\ ${poly([d.fc[1], 2 * d.fc[2]], XY1).tex})` }[d.kind];
    const values = d.points.map((pt) => `f(${pt.join(", ")}) = ${fAt(d, pt)}`);
    const solve = {
      dist: `From the first two equations $x = \\lambda\\frac{${d.g[0]}}{2}$ and $y = \\lambda\\frac{${d.g[1]}}{${2 * d.fc[0]}}$; substituting into the constraint fixes $\\lambda$.`,
      xy: `From the first two equations $y = ${d.g[0]}\\lambda$ and $x = ${d.g[1]}\\lambda$; substituting into the constraint gives $${2 * d.g[0] * d.g[1]}\\lambda = ${d.g[2]}$.`,
      linear: `So $(x, y) = \\frac{1}{2\\lambda}(${d.fc.join(", ")})$ points along $(${d.fc.join(", ")})$; on the circle that is $\\pm\\frac{r}{|(${d.fc.join(", ")})|}(${d.fc.join(", ")})$.`,
      form: `With $f = \\mathbf{x}^{T}A\\mathbf{x}$, $A = \\begin{pmatrix} ${d.fc[0]} & ${d.fc[1] / 2} \\\\ ${d.fc[1] / 2} & ${d.fc[2]} \\end{pmatrix}$, the equations say $A\\mathbf{x} = \\lambda\\mathbf{x}$: the critical points are the eigenvector directions of $A$, scaled onto the circle.`,
    }[d.kind];
    return {
      data: d,
      prompt: `Use Lagrange multipliers to find ${level === 1 ? "the critical point" : "all critical points"} of $f(x, y) = ${f.tex}$ subject to $${g.tex}$. Give ${level === 1 ? "it as `(x, y)`" : "them as a list of points, e.g. `(1, 2), (-1, -2)`"}.`,
      answer: setText(d.points),
      solution: [
        `Solve $\\nabla f = \\lambda \\nabla g$ together with the constraint: $\\nabla f = ${gradF}$, $\\nabla g = ${gradG}$.`,
        solve,
        `The critical point${d.points.length > 1 ? "s are" : " is"} $${setTex(d.points)}$ (check: ${d.points.length > 1 ? "each satisfies" : "it satisfies"} the constraint).`,
        level === 1
          ? `There $${values[0]}$.`
          : `Values: $${values.join(",\\; ")}$; the maximum is at $${setTex(d.max!)}$.`,
      ],
      hints: [
        "Write $\\nabla f = \\lambda \\nabla g$ component by component, and keep the constraint as a third equation.",
        level === 1 ? "Express $x$ and $y$ in terms of $\\lambda$, then substitute into the constraint." : "On a circle there are several solutions: keep every sign, both $\\pm$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "ignored-constraint",
      feedback: "You solved $\\nabla f = \\mathbf{0}$, ignoring the constraint. A constrained critical point satisfies $\\nabla f = \\lambda\\nabla g$ and lies on the curve $g = c$.",
      wrong: (p) => (p.data.kind === "linear" ? null : "(0, 0)"),
    },
    {
      tag: "missed-critical-points",
      feedback: "You found the maximum only. $\\nabla f = \\lambda \\nabla g$ has further solutions on the circle (the other signs, the other direction) — list every critical point, minima included.",
      wrong: (p) => (p.data.kind === "form" ? setText(p.data.max!) : null),
    },
    {
      tag: "one-point-only",
      feedback: "Each critical direction meets the circle twice, at $\\pm$ the point: include both signs.",
      wrong: (p) => (p.data.max ? setText([p.data.max[0]]) : null),
    },
    {
      tag: "not-scaled-to-constraint",
      feedback: (p) => `Your points do not lie on the circle $${gOf(p.data).tex}$. Scale the direction so that $x^2 + y^2$ equals the constraint.`,
      wrong: (p) => {
        if (p.data.kind !== "linear" || p.data.points[0][0] === p.data.fc[0]) return null;
        return setText([p.data.fc, p.data.fc.map((v) => -v)]);
      },
    },
  ],
  notes: {
    body: `**Lagrange multipliers** find the extrema of $f(x, y)$ on a curve $g(x, y) = c$. At a constrained maximum or minimum, moving along the curve cannot change $f$ to first order, so $\\nabla f$ is perpendicular to the curve — parallel to $\\nabla g$:
$$\\nabla f = \\lambda\\,\\nabla g, \\qquad g(x, y) = c.$$
That is three equations for $x$, $y$ and $\\lambda$; every solution is a candidate, and comparing $f$ at the candidates picks out the maximum and the minimum.

Why it matters for machine learning: constrained optimisation is everywhere — PCA maximises variance $\\mathbf{w}^T C \\mathbf{w}$ subject to $|\\mathbf{w}| = 1$ (the Lagrange condition is exactly $C\\mathbf{w} = \\lambda\\mathbf{w}$), and support-vector machines are derived through their Lagrangian.

Example: maximise $f = 3x + 4y$ on $x^2 + y^2 = 25$: $(3, 4) = \\lambda(2x, 2y)$, so $(x, y) \\propto (3, 4)$; on the circle $(x, y) = \\pm(3, 4)$, with maximum $f(3, 4) = 25$ and minimum $f(-3, -4) = -25$.`,
  },
});
