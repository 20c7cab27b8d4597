// pca.inner.functions — ⟨f, g⟩ = ∫ₐᵇ f(x) g(x) dx: polynomials on a short interval (level 1, exact
// fractions) or trigonometric sums on [−π, π] (level 2, where sin kx, cos kx and 1 are orthogonal).
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { joinSigned } from "../../tex";

type Data = { f: string; g: string; a: number | string; b: number | string };

// ---- level 1: polynomials, coefficients c[k] of x^k ----
const polyMul = (p: number[], q: number[]) => {
  const out = new Array<number>(p.length + q.length - 1).fill(0);
  p.forEach((a, i) => q.forEach((b, j) => (out[i + j] += a * b)));
  return out;
};
/** F(x) = Σ c_k x^{k+1}/(k+1) at x, exactly. */
const antiAt = (c: number[], x: number): Rational => c.reduce((s, ck, k) => s.add(Q.of(ck * x ** (k + 1), k + 1)), Q.zero);
const integral = (c: number[], a: number, b: number) => antiAt(c, b).sub(antiAt(c, a));
function polyText(c: number[], latex = false): string {
  const terms: string[] = [];
  for (let k = c.length - 1; k >= 0; k--) {
    const a = c[k];
    if (a === 0) continue;
    const x = k === 1 ? "x" : `x^${k}`;
    if (k === 0) terms.push(String(a));
    else terms.push(a === 1 ? x : a === -1 ? `-${x}` : `${a}${latex ? "" : "*"}${x}`);
  }
  return joinSigned(terms);
}

// ---- level 2: trigonometric sums, basis "1", "sin(kx)", "cos(kx)" with ∫₋π^π b_i b_j = 0 (i ≠ j), π, or 2π for 1·1 ----
type Term = { c: number; fn: string };
const BASIS = ["1", "sin(x)", "cos(x)", "sin(2*x)", "cos(2*x)", "sin(3*x)", "cos(3*x)"];
const basisLatex = (fn: string) => fn.replace("*", "").replace(/(sin|cos)/, "\\$1");
function trigText(ts: Term[], latex = false): string {
  return joinSigned(ts.map(({ c, fn }) => (fn === "1" ? String(c) : `${c === 1 ? "" : c === -1 ? "-" : latex ? c : `${c}*`}${latex ? basisLatex(fn) : fn}`)));
}
/** ∫₋π^π f g dx as a multiple of π. */
const trigInner = (f: Term[], g: Term[]) =>
  f.reduce((s, a) => s + g.reduce((t, b) => t + (a.fn === b.fn ? a.c * b.c * (a.fn === "1" ? 2 : 1) : 0), 0), 0);
const piText = (k: number) => (k === 0 ? "0" : k === 1 ? "pi" : k === -1 ? "-pi" : `${k}*pi`);
const piLatex = (k: number) => (k === 0 ? "0" : k === 1 ? "\\pi" : k === -1 ? "-\\pi" : `${k}\\pi`);

function trigPair(rng: Rng): { f: Term[]; g: Term[] } {
  const [f1, f2, g1] = rng.shuffle(BASIS).slice(0, 3);
  // g shares a basis function with f about two times in three, else f and g come out orthogonal
  const g2 = rng.bool(0.67) ? rng.pick([f1, f2]) : rng.pick(BASIS.filter((b) => b !== f1 && b !== f2 && b !== g1));
  const co = () => rng.nonZeroInt(-3, 3);
  return { f: [{ c: co(), fn: f1 }, { c: co(), fn: f2 }], g: [{ c: co(), fn: g1 }, { c: co(), fn: g2 }].filter((t, i, all) => all.findIndex((u) => u.fn === t.fn) === i) };
}
const parseTrig = (text: string): Term[] =>
  text.split(/ (?=[+-] )/).map((t) => {
    const s = t.replace(/^\+ /, "").replace(/^- /, "-");
    const m = /^(-?\d*)\*?(.*)$/.exec(s)!;
    if (m[2] === "") return { c: Number(m[1]), fn: "1" };
    return { c: m[1] === "" ? 1 : m[1] === "-" ? -1 : Number(m[1]), fn: m[2] };
  });

export default defineSkill<Data>({
  id: "pca.inner.functions",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    if (level === 1) {
      const [a, b] = rng.pick([[0, 1], [-1, 1], [0, 2], [0, 1]]);
      let f: number[];
      let g: number[];
      do {
        f = [rng.int(-3, 3), rng.nonZeroInt(-3, 3)];
        g = rng.bool() ? [rng.int(-3, 3), rng.nonZeroInt(-3, 3)] : [rng.int(-3, 3), rng.int(-2, 2), rng.nonZeroInt(-2, 2)];
      } while (Q.isZero(integral(polyMul(f, g), a, b)) || Q.eq(integral(polyMul(f, g), a, b), integral(f, a, b).mul(integral(g, a, b))));
      const fg = polyMul(f, g);
      const F = fg.map((c, k) => Q.of(c, k + 1));
      const Ftex = joinSigned(
        F.map((c, k) => ({ c, x: k === 0 ? "x" : `x^{${k + 1}}` }))
          .reverse()
          .filter(({ c }) => !Q.isZero(c))
          .map(({ c, x }) => (Q.eq(c, 1) ? x : Q.eq(c, -1) ? `-${x}` : `${Q.toLatex(c)}${x}`)),
      );
      return {
        data: { f: polyText(f), g: polyText(g), a, b },
        prompt: `On polynomials, $\\langle f, g\\rangle = \\displaystyle\\int_{${a}}^{${b}} f(x)\\,g(x)\\,dx$ is an inner product. Compute $\\langle f, g\\rangle$ for $f(x) = ${polyText(f, true)}$ and $g(x) = ${polyText(g, true)}$. Give an exact answer (a fraction if needed).`,
        answer: Q.toString(integral(fg, a, b)),
        solution: [
          `Multiply first: $f(x)\\,g(x) = ${polyText(fg, true)}$.`,
          `An antiderivative is $F(x) = ${Ftex}$.`,
          `$\\langle f, g\\rangle = F(${b}) - F(${a}) = ${Q.toLatex(antiAt(fg, b))} - ${a < 0 ? `(${Q.toLatex(antiAt(fg, a))})` : Q.toLatex(antiAt(fg, a))} = ${Q.toLatex(integral(fg, a, b))}$.`,
        ],
        hints: ["Expand the product $f(x)g(x)$ into a single polynomial before integrating.", "Integrate term by term with $\\int x^k\\,dx = \\frac{x^{k+1}}{k+1}$ and evaluate between the limits."],
      };
    }
    const { f, g } = trigPair(rng);
    const k = trigInner(f, g);
    const shared = f.filter((t) => g.some((u) => u.fn === t.fn));
    return {
      data: { f: trigText(f), g: trigText(g), a: "-pi", b: "pi" },
      prompt: `With $\\langle f, g\\rangle = \\displaystyle\\int_{-\\pi}^{\\pi} f(x)\\,g(x)\\,dx$, compute $\\langle f, g\\rangle$ for $f(x) = ${trigText(f, true)}$ and $g(x) = ${trigText(g, true)}$. Give an exact answer such as \`3*pi\` (or \`0\` if they are orthogonal).`,
      answer: piText(k),
      solution: [
        `Expand $f g$ into products of pairs of terms. Over $[-\\pi, \\pi]$ the functions $1, \\sin x, \\cos x, \\sin 2x, \\cos 2x, \\dots$ are mutually orthogonal: the integral of a product of two different ones is $0$.`,
        `For a matching pair, $\\int_{-\\pi}^{\\pi}\\sin^2(kx)\\,dx = \\int_{-\\pi}^{\\pi}\\cos^2(kx)\\,dx = \\pi$ and $\\int_{-\\pi}^{\\pi} 1\\,dx = 2\\pi$.`,
        shared.length === 0
          ? `No term of $f$ matches a term of $g$, so $\\langle f, g\\rangle = 0$: $f$ and $g$ are orthogonal.`
          : `Matching terms: ${shared.map((t) => { const u = g.find((v) => v.fn === t.fn)!; return `$${t.c}\\cdot ${u.c < 0 ? `(${u.c})` : u.c}\\cdot ${t.fn === "1" ? "2\\pi" : "\\pi"}$ from $${basisLatex(t.fn)}$`; }).join(" and ")}. Total: $\\langle f, g\\rangle = ${piLatex(k)}$${k === 0 ? " — they are orthogonal" : ""}.`,
      ],
      hints: ["Only products of the same basis function ($\\sin kx\\cdot\\sin kx$, $\\cos kx\\cdot\\cos kx$, $1\\cdot 1$) survive integration over $[-\\pi, \\pi]$.", "$\\int_{-\\pi}^{\\pi}\\sin^2(kx)\\,dx = \\pi$ for every whole $k \\ge 1$."],
    };
  },
  mistakes: [
    {
      tag: "multiplied-integrals",
      feedback: "You multiplied $\\int f$ by $\\int g$. The inner product integrates the product: $\\int f(x)\\,g(x)\\,dx$, which is not $\\int f \\cdot \\int g$.",
      wrong: (p) => {
        if (typeof p.data.a === "number") {
          const [a, b] = [p.data.a, p.data.b as number];
          const co = (t: string) => polyCoeffs(t);
          return Q.toString(integral(co(p.data.f), a, b).mul(integral(co(p.data.g), a, b)));
        }
        const c = (t: Term[]) => t.find((u) => u.fn === "1")?.c ?? 0;
        const prod = c(parseTrig(p.data.f)) * c(parseTrig(p.data.g));
        // with no constant term on either side the product is 0, which would misdiagnose a plain 0
        return prod === 0 ? null : `${4 * prod}*pi^2`;
      },
    },
    {
      tag: "upper-limit-only",
      feedback: (p) => `You evaluated the antiderivative at the upper limit only. Subtract its value at the lower limit $x = ${p.data.a}$: $\\langle f, g\\rangle = F(${p.data.b}) - F(${p.data.a})$.`,
      wrong: (p) => (typeof p.data.a === "number" && p.data.a !== 0 ? Q.toString(antiAt(polyMul(polyCoeffs(p.data.f), polyCoeffs(p.data.g)), p.data.b as number)) : null),
    },
    {
      tag: "dropped-pi",
      feedback: "You dropped the factor $\\pi$: $\\int_{-\\pi}^{\\pi}\\sin^2(kx)\\,dx = \\pi$, not $1$ (and $\\int_{-\\pi}^{\\pi} 1\\,dx = 2\\pi$).",
      wrong: (p) => (typeof p.data.a === "string" ? String(trigInner(parseTrig(p.data.f), parseTrig(p.data.g))) : null),
    },
  ],
  notes: {
    body: `Functions are vectors too, and an integral can serve as their inner product:
$$\\langle f, g\\rangle = \\int_a^b f(x)\\,g(x)\\,dx .$$
It is bilinear, symmetric and positive definite ($\\langle f, f\\rangle = \\int f^2 > 0$ unless $f = 0$), just like $\\mathbf{x}^\\top\\mathbf{y} = \\sum_i x_i y_i$ — the sum over coordinates becomes an integral over $x$. Lengths, angles and orthogonality follow as for vectors. On $[-\\pi, \\pi]$ the functions $1, \\sin x, \\cos x, \\sin 2x, \\cos 2x, \\dots$ are mutually orthogonal, which is what makes Fourier series work.

Why it matters for machine learning: functional data, kernels (inner products between functions of the input), and basis expansions (polynomial, Fourier) in regression all rely on inner products of functions; projecting a function onto a few orthogonal basis functions is PCA's idea applied to functions.

Example: on $[0, 1]$, $\\langle x, 1 + x\\rangle = \\int_0^1 (x + x^2)\\,dx = \\frac{1}{2} + \\frac{1}{3} = \\frac{5}{6}$, while $\\int_0^1 x\\,dx \\cdot \\int_0^1 (1 + x)\\,dx = \\frac{1}{2}\\cdot\\frac{3}{2} = \\frac{3}{4}$ is a different number.`,
  },
});

/** Coefficients of a level-1 polynomial from its text ("2*x^2 - x + 3"), the inverse of polyText. */
function polyCoeffs(text: string): number[] {
  const c = [0, 0, 0];
  for (const t of text.split(/ (?=[+-] )/)) {
    const s = t.replace(/^\+ /, "").replace(/^- /, "-");
    const m = /^(-?\d*)\*?(x(?:\^(\d))?)?$/.exec(s)!;
    const k = m[2] ? (m[3] ? Number(m[3]) : 1) : 0;
    c[k] = m[2] ? (m[1] === "" ? 1 : m[1] === "-" ? -1 : Number(m[1])) : Number(m[1]);
  }
  while (c.length > 1 && c[c.length - 1] === 0) c.pop();
  return c;
}
