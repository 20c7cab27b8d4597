// One-variable functions with nice values and derivatives at nice points (e^x at 1, ln x at 2,
// √x at 9, 1/x at −2, sin x at π/6, a cubic at an integer): f(a), f'(a), f''(a) as exact
// coefficients, for the Taylor-about-a-point and linearisation generators.
import { Q } from "@/lib/math";
import type { Rng } from "../../rng";
import { power, sumTex, sumText, type Written } from "../calc/terms";
import { coef, intCentre, type Centre, type Coef, type Unit } from "./poly";

export type FamilyName = "exp" | "ln" | "sqrt" | "recip" | "sin" | "cos" | "cubic";

export interface PointFunction {
  family: FamilyName;
  f: Written;
  /** f', f'' as LaTeX formulas in x, for worked solutions. */
  derivTex: [string, string];
  a: Centre;
  /** f(a), f'(a), f''(a). */
  D: [Coef, Coef, Coef];
  /** f(0), f'(0), f''(0) when f is defined at 0 (a learner's "evaluated at 0" mistake), else null. */
  D0: [Coef, Coef, Coef] | null;
}

const SQRT2: Unit = { text: "sqrt(2)", tex: "\\sqrt{2}", value: Math.SQRT2 };
const SQRT3: Unit = { text: "sqrt(3)", tex: "\\sqrt{3}", value: Math.sqrt(3) };
const ePow = (a: number): Unit =>
  a === 1 ? { text: "e", tex: "e", value: Math.E } : { text: a < 0 ? `e^(${a})` : `e^${a}`, tex: `e^{${a}}`, value: Math.exp(a) };
const lnOf = (a: number): Unit => ({ text: `ln(${a})`, tex: `\\ln ${a}`, value: Math.log(a) });

/** Angles with exact sine and cosine: [centre, sin, cos]. */
const ANGLES: Record<string, [Centre, Coef, Coef]> = {
  "pi/6": [{ text: "pi/6", tex: "\\frac{\\pi}{6}", value: Math.PI / 6 }, coef("1/2"), coef("1/2", SQRT3)],
  "pi/4": [{ text: "pi/4", tex: "\\frac{\\pi}{4}", value: Math.PI / 4 }, coef("1/2", SQRT2), coef("1/2", SQRT2)],
  "pi/3": [{ text: "pi/3", tex: "\\frac{\\pi}{3}", value: Math.PI / 3 }, coef("1/2", SQRT3), coef("1/2")],
  "pi/2": [{ text: "pi/2", tex: "\\frac{\\pi}{2}", value: Math.PI / 2 }, coef(1), coef(0)],
  pi: [{ text: "pi", tex: "\\pi", value: Math.PI }, coef(0), coef(-1)],
};

const neg = (c: Coef): Coef => ({ q: Q.neg(c.q), unit: c.unit });
const ints = (a: number, b: number, c: number): [Coef, Coef, Coef] => [coef(a), coef(b), coef(c)];

/** What pins a PointFunction down (stored in problem data so mistakes can rebuild it). */
export type PointSpec = {
  family: FamilyName;
  /** The centre as text: "2", "pi/6". */
  a: string;
  /** For the cubic: [d, c, b, 1], the coefficients of x^0..x^3. */
  p?: number[];
};

export function pickPointSpec(rng: Rng, family: FamilyName): PointSpec {
  switch (family) {
    case "exp":
      return { family, a: String(rng.pick([1, 2, -1])) };
    case "ln":
      return { family, a: String(rng.pick([1, 2, 3])) };
    case "sqrt":
      return { family, a: String(rng.int(1, 4) ** 2) };
    case "recip":
      return { family, a: String(rng.pick([1, 2, -1, -2, 3])) };
    case "sin":
      return { family, a: rng.pick(["pi/6", "pi/4", "pi/3", "pi"]) };
    case "cos":
      return { family, a: rng.pick(["pi/6", "pi/4", "pi/3", "pi/2"]) };
    case "cubic":
      for (;;) {
        const [b, c, d] = [rng.int(-3, 3), rng.nonZeroInt(-4, 4), rng.int(-5, 5)];
        const a = rng.pick([1, 2, -1, -2]);
        if (3 * a * a + 2 * b * a + c === 0 || 6 * a + 2 * b === 0) continue;
        return { family, a: String(a), p: [d, c, b, 1] };
      }
  }
}

export function pointFunction(spec: PointSpec): PointFunction {
  const { family } = spec;
  const a = Number(spec.a);
  switch (family) {
    case "exp": {
      const u = ePow(a);
      return { family, f: { text: "e^x", tex: "e^{x}" }, derivTex: ["e^{x}", "e^{x}"], a: intCentre(a), D: [coef(1, u), coef(1, u), coef(1, u)], D0: ints(1, 1, 1) };
    }
    case "ln":
      return { family, f: { text: "ln(x)", tex: "\\ln x" }, derivTex: ["\\frac{1}{x}", "-\\frac{1}{x^{2}}"], a: intCentre(a), D: [a === 1 ? coef(0) : coef(1, lnOf(a)), coef(Q.of(1, a)), coef(Q.of(-1, a * a))], D0: null };
    case "sqrt": {
      const s = Math.round(Math.sqrt(a));
      return { family, f: { text: "sqrt(x)", tex: "\\sqrt{x}" }, derivTex: ["\\frac{1}{2\\sqrt{x}}", "-\\frac{1}{4x^{3/2}}"], a: intCentre(a), D: [coef(s), coef(Q.of(1, 2 * s)), coef(Q.of(-1, 4 * s ** 3))], D0: null };
    }
    case "recip":
      return { family, f: { text: "1/x", tex: "\\frac{1}{x}" }, derivTex: ["-\\frac{1}{x^{2}}", "\\frac{2}{x^{3}}"], a: intCentre(a), D: [coef(Q.of(1, a)), coef(Q.of(-1, a * a)), coef(Q.of(2, a ** 3))], D0: null };
    case "sin": {
      const [c0, s, c] = ANGLES[spec.a];
      return { family, f: { text: "sin(x)", tex: "\\sin x" }, derivTex: ["\\cos x", "-\\sin x"], a: c0, D: [s, c, neg(s)], D0: ints(0, 1, 0) };
    }
    case "cos": {
      const [c0, s, c] = ANGLES[spec.a];
      return { family, f: { text: "cos(x)", tex: "\\cos x" }, derivTex: ["-\\sin x", "-\\cos x"], a: c0, D: [c, neg(s), neg(c)], D0: ints(1, 0, -1) };
    }
    case "cubic": {
      const [d, c, b] = spec.p!;
      return {
        family,
        f: polyW([d, c, b, 1]),
        derivTex: [polyW([c, 2 * b, 3]).tex, polyW([2 * b, 6]).tex],
        a: intCentre(a),
        D: ints(a ** 3 + b * a * a + c * a + d, 3 * a * a + 2 * b * a + c, 6 * a + 2 * b),
        D0: ints(d, c, 2 * b),
      };
    }
  }
}

/** Σ cs[p] x^p, highest power first. */
export function polyW(cs: number[]): Written {
  const ts = cs.map((c, p) => ({ c, body: power(p) })).reverse();
  return { text: sumText(ts), tex: sumTex(ts) };
}
