// Sums of integer multiples of simple functions (c·x^p, c·sin x, …) written twice: as
// answer-language text (data.f, answers) and as LaTeX (prompts, solutions). The calculus
// generators build their functions and derivatives from these so both forms always agree.
import { parse } from "@/lib/answers";

/**
 * A body such as x^3, sin(x), e^x: its text and its LaTeX. The constant body is { text: "1" }.
 * With `frac`, the body is 1/frac and a term c·body is written c/frac, \frac{c}{frac}.
 */
export interface Body {
  text: string;
  tex: string;
  frac?: { text: string; tex: string };
}

/** c · body, c a non-zero integer. */
export interface Term {
  c: number;
  body: Body;
}

export const ONE: Body = { text: "1", tex: "1" };

export const SIN: Body = { text: "sin(x)", tex: "\\sin x" };
export const COS: Body = { text: "cos(x)", tex: "\\cos x" };
export const EXP: Body = { text: "e^x", tex: "e^{x}" };
export const LN: Body = { text: "ln(x)", tex: "\\ln x" };
export const INV_X: Body = { text: "1/x", tex: "\\frac{1}{x}", frac: { text: "x", tex: "x" } };

/** x^(num/den) as a body; den is 1 or 2. Negative and fractional powers use ^(...) in text. */
export function power(num: number, den = 1, v = "x"): Body {
  if (num === 0) return ONE;
  if (den === 1) {
    if (num === 1) return { text: v, tex: v };
    return num > 0 ? { text: `${v}^${num}`, tex: `${v}^{${num}}` } : { text: `${v}^(${num})`, tex: `${v}^{${num}}` };
  }
  return { text: `${v}^(${num}/${den})`, tex: `${v}^{${num}/${den}}` };
}

const isOne = (b: Body) => b.text === "1";

/** "3*x^2", "-sin(x)", "5". */
export function termText({ c, body }: Term): string {
  if (isOne(body)) return String(c);
  if (body.frac) return `${c}/${body.frac.text}`;
  return c === 1 ? body.text : c === -1 ? `-${body.text}` : `${c}*${body.text}`;
}

/** "3x^{2}", "-\\sin x", "5". */
export function termTex({ c, body }: Term): string {
  if (isOne(body)) return String(c);
  if (body.frac) return `${c < 0 ? "-" : ""}\\frac{${Math.abs(c)}}{${body.frac.tex}}`;
  return c === 1 ? body.tex : c === -1 ? `-${body.tex}` : `${c}${body.tex}`;
}

const join = (parts: string[]): string =>
  parts.map((t, i) => (i === 0 ? t : t.startsWith("-") ? `- ${t.slice(1)}` : `+ ${t}`)).join(" ") || "0";

/** Sum of terms as text; zero-coefficient terms are left out; "0" for none. */
export const sumText = (terms: Term[]): string => join(terms.filter((t) => t.c !== 0).map(termText));
export const sumTex = (terms: Term[]): string => join(terms.filter((t) => t.c !== 0).map(termTex));

/** LaTeX of any answer-language text (the parser's rendering), for expressions built ad hoc. */
export function texOf(text: string, vars: string[] = ["x"]): string {
  const r = parse(text, "expression", { vars });
  if (!r.ok) throw new Error(`texOf: "${text}" does not parse: ${r.error}`);
  return r.latex;
}

/** Text of a product of two factors, each bracketed when it is a sum. */
export const times = (a: string, b: string): string => `${wrap(a)}*${wrap(b)}`;
export const wrap = (t: string): string => (/^[-]?[\w.^()]+$/.test(t) && !/[+\-]/.test(t.slice(1)) ? t : `(${t})`);

export type CalcData = { f: string; vars: string[] };

/**
 * A factor of a product term: x^pow (pow set), or any other function (sin(x), e^(2*x), …); with
 * `inv` it sits in the denominator. Text of a non-power factor must be atomic (a call, a power,
 * or a bracket) unless it is a denominator.
 */
export interface Factor {
  text: string;
  tex: string;
  pow?: number;
  inv?: boolean;
  /** LaTeX of the square, e.g. \\sin^2 x (a product of a factor with itself is written squared). */
  sqTex?: string;
}

export const xPow = (n: number): Factor => ({ text: power(n).text, tex: power(n).tex, pow: n });
export const fnFactor = (text: string, tex: string): Factor => ({ text, tex });
export const over = (f: Factor): Factor => ({ ...f, inv: true });

export interface Written {
  text: string;
  tex: string;
}

/** No operator outside brackets: safe to multiply without brackets ("sin(x + 1)", "x^2", "(x + 1)^3"). */
export function atomic(t: string): boolean {
  let s = t;
  while (/\([^()]*\)/.test(s)) s = s.replace(/\([^()]*\)/g, "");
  return /^[\w.^]+$/.test(s);
}

/** c · (product of factors), powers of x merged: 3·x²·(1/x)·cos(x) → "3*x*cos(x)", "3x\\cos x". */
export function monomial(c: number, factors: Factor[]): Written {
  if (c === 0) return { text: "0", tex: "0" };
  let p = 0;
  const num: Factor[] = [];
  const den: Factor[] = [];
  for (const f of factors) {
    if (f.pow !== undefined) p += f.inv ? -f.pow : f.pow;
    else {
      const side = f.inv ? den : num;
      const same = side.findIndex((g) => g.text === f.text);
      if (same >= 0) side[same] = { text: `${f.text}^2`, tex: f.sqTex ?? `(${f.tex})^{2}` };
      else side.push(f);
    }
  }
  if (p > 0) num.unshift(xPow(p));
  if (p < 0) den.unshift(xPow(-p));
  const sign = c < 0 ? "-" : "";
  const a = Math.abs(c);
  const numText = [...(a === 1 && num.length ? [] : [String(a)]), ...num.map((f) => f.text)].join("*");
  const numTex = `${a === 1 && num.length ? "" : a}${num.map((f) => f.tex).join(" ")}`;
  if (den.length === 0) return { text: `${sign}${numText}`, tex: `${sign}${numTex}` };
  const denText = den.length === 1 ? (atomic(den[0].text) ? den[0].text : `(${den[0].text})`) : `(${den.map((f) => (atomic(f.text) ? f.text : `(${f.text})`)).join("*")})`;
  const denTex = den.map((f) => (den.length > 1 && !atomic(f.text) ? `(${f.tex})` : f.tex)).join(" ");
  return { text: `${sign}${numText}/${denText}`, tex: `${sign}\\frac{${numTex}}{${denTex}}` };
}

/** A sum of written terms: "a - b + c". */
export function sum(terms: Written[]): Written {
  const ts = terms.filter((t) => t.text !== "0");
  const j = (xs: string[]) => xs.map((t, i) => (i === 0 ? t : t.startsWith("-") ? `- ${t.slice(1)}` : `+ ${t}`)).join(" ") || "0";
  return { text: j(ts.map((t) => t.text)), tex: j(ts.map((t) => t.tex)) };
}
