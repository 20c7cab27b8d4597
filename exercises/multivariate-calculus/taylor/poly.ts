// Taylor polynomials written as text and LaTeX: coefficients are exact rationals times an
// optional constant "unit" (e, e^2, ln 2, √3), and powers are of a shifted variable (x − a).
// Shared by the Taylor, linearisation and multivariate generators of this module.
import { Q, type Rational } from "@/lib/math";
import { sum, type Written } from "../calc/terms";

/** A constant such as e^2, ln(2), sqrt(3); `q · unit` is a coefficient. */
export interface Unit {
  text: string;
  tex: string;
  value: number;
}

export interface Coef {
  q: Rational;
  unit?: Unit;
}

export const coef = (q: Rational | number | string, unit?: Unit): Coef => ({ q: Q.of(q), unit });
export const coefValue = (c: Coef): number => Q.toNumber(c.q) * (c.unit?.value ?? 1);
export const isZeroCoef = (c: Coef): boolean => Q.isZero(c.q);

/** The centre a of a shift: "1", "pi/6", with its LaTeX and value. */
export interface Centre {
  text: string;
  tex: string;
  value: number;
}

export const intCentre = (a: number): Centre => ({ text: String(a), tex: String(a), value: a });

/** (x − a) as a factor: "x" when a = 0, "(x - 1)", "(x + 2)", "(x - pi/6)". */
export function shifted(v: string, a: Centre): Written {
  if (a.value === 0) return { text: v, tex: v };
  const neg = a.text.startsWith("-");
  const t = neg ? a.text.slice(1) : a.text;
  const tt = neg ? a.tex.slice(1) : a.tex;
  return { text: `(${v} ${neg ? "+" : "-"} ${t})`, tex: `(${v} ${neg ? "+" : "-"} ${tt})` };
}

/** factor^k: "", "(x - 1)", "(x - 1)^2", "x^{3}". */
export function powerOf(f: Written, k: number): Written {
  if (k === 0) return { text: "", tex: "" };
  if (k === 1) return f;
  return { text: `${f.text}^${k}`, tex: `${f.tex}^{${k}}` };
}

/** Product of factors (empty ones dropped): "(x - 1)*(y + 2)^2". */
export function product(fs: Written[]): Written {
  const ps = fs.filter((f) => f.text !== "");
  return { text: ps.map((f) => f.text).join("*"), tex: ps.map((f) => f.tex).join("") };
}

/** c · monomial as a written term: "3/4*(x - 1)^2", "sqrt(3)/2*x", "-e", "\\frac{\\sqrt{3}}{2}x". */
export function term(c: Coef, mono: Written = { text: "", tex: "" }): Written {
  if (Q.isZero(c.q)) return { text: "0", tex: "0" };
  const sign = Q.sign(c.q) < 0 ? "-" : "";
  const n = Q.num(Q.abs(c.q));
  const d = Q.den(c.q);
  const u = c.unit;
  const bare = mono.text === "";
  // numerator: |n|·unit, with 1·unit written as unit and 1 alone dropped in front of a monomial
  const numText = u ? (n === 1n ? u.text : `${n}*${u.text}`) : n === 1n && d === 1n && !bare ? "" : String(n);
  const numTex = u ? (n === 1n ? u.tex : `${n}${u.tex}`) : n === 1n && d === 1n && !bare ? "" : String(n);
  const cText = d === 1n ? numText : `${numText || "1"}/${d}`;
  const cTex = d === 1n ? numTex : `\\frac{${numTex || "1"}}{${d}}`;
  if (bare) return { text: `${sign}${cText}`, tex: `${sign}${cTex}` };
  return {
    text: `${sign}${cText ? `${cText}*` : ""}${mono.text}`,
    tex: `${sign}${cTex}${mono.tex}`,
  };
}

/** Σ c_j (v − a)^j, j = 0..n (zero coefficients left out). */
export function taylor1(cs: Coef[], v: string, a: Centre): Written {
  const base = shifted(v, a);
  return sum(cs.map((c, j) => term(c, powerOf(base, j))));
}

/** The integer/rational coefficients as Coefs without a unit. */
export const rationals = (qs: (Rational | number)[]): Coef[] => qs.map((q) => coef(q));

/** n! as a number (n ≤ 10 here). */
export const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
