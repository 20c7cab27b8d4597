// A small exact algebra for the multivariable generators: sums of terms c·x^a·y^b·z^c·S(k·x^p·y^q·z^r)
// with S one of sin, cos, exp (or absent). Closed under ∂/∂v, products of polynomials and
// substitution of polynomial paths, with text (answer language) and LaTeX output.
// Hand-written because mathjs derivative/simplify take tens of milliseconds per call, and
// generation must stay under a millisecond; it also gives expanded, like-terms-collected answers.

export type Fn = "sin" | "cos" | "exp";
/** S(k · Π vars^n). */
export type Special = {
  fn: Fn;
  k: number;
  n: number[];
};
export type Term = {
  c: number;
  e: number[];
  s?: Special;
};
export type Expr = Term[];

/** A term, leaving out `s` when there is no special factor (data must be plain JSON). */
const mk = (c: number, e: number[], s?: Special): Term => (s ? { c, e, s } : { c, e });

const key = (t: Term): string => `${t.e.join(",")}|${t.s ? `${t.s.fn}:${t.s.k}:${t.s.n.join(",")}` : ""}`;

/** Collect like terms and drop zero coefficients (order of first appearance kept). */
export function norm(x: Expr): Expr {
  const map = new Map<string, Term>();
  for (const t of x) {
    const k = key(t);
    const old = map.get(k);
    if (old) old.c += t.c;
    else map.set(k, mk(t.c, t.e.slice(), t.s));
  }
  return [...map.values()].filter((t) => t.c !== 0);
}

export const add = (...xs: Expr[]): Expr => norm(xs.flat());
export const scale = (x: Expr, k: number): Expr => norm(x.map((t) => mk(t.c * k, t.e, t.s)));
export const sub = (a: Expr, b: Expr): Expr => add(a, scale(b, -1));

/** ∂x/∂(variable i). */
export function d(x: Expr, i: number): Expr {
  const out: Term[] = [];
  for (const t of x) {
    if (t.e[i] !== 0) out.push(mk(t.c * t.e[i], t.e.map((p, j) => (j === i ? p - 1 : p)), t.s));
    if (t.s && t.s.n[i] !== 0) {
      const { fn, k, n } = t.s;
      const c = t.c * k * n[i] * (fn === "cos" ? -1 : 1);
      const s: Special = { fn: fn === "sin" ? "cos" : fn === "cos" ? "sin" : "exp", k, n };
      out.push({ c, e: t.e.map((p, j) => p + n[j] - (j === i ? 1 : 0)), s });
    }
  }
  return norm(out);
}

export function mul(a: Expr, b: Expr): Expr {
  const out: Term[] = [];
  for (const s of a)
    for (const t of b) {
      if (s.s && t.s) throw new Error("mul: two special factors in one term");
      out.push(mk(s.c * t.c, s.e.map((p, j) => p + t.e[j]), s.s ?? t.s));
    }
  return norm(out);
}

export const pow = (a: Expr, k: number, nvars: number): Expr => {
  let r: Expr = [{ c: 1, e: new Array(nvars).fill(0) }];
  for (let i = 0; i < k; i++) r = mul(r, a);
  return r;
};

/** Substitute polynomial expressions (in other variables) for each variable of a polynomial x. */
export function substitute(x: Expr, by: Expr[], nvars: number): Expr {
  return add(...x.map((t) => {
    if (t.s) throw new Error("substitute: polynomials only");
    return scale(t.e.reduce<Expr>((acc, p, j) => mul(acc, pow(by[j], p, nvars)), [{ c: 1, e: new Array(nvars).fill(0) }]), t.c);
  }));
}

export function evalAt(x: Expr, point: number[]): number {
  return x.reduce((sum, t) => {
    let v = t.c * t.e.reduce((m, p, j) => m * point[j] ** p, 1);
    if (t.s) {
      const arg = t.s.k * t.s.n.reduce((m, p, j) => m * point[j] ** p, 1);
      v *= t.s.fn === "sin" ? Math.sin(arg) : t.s.fn === "cos" ? Math.cos(arg) : Math.exp(arg);
    }
    return sum + v;
  }, 0);
}

/** Does x depend on variable i? */
export const dependsOn = (x: Expr, i: number): boolean => x.some((t) => t.e[i] !== 0 || (t.s?.n[i] ?? 0) !== 0);

function monoText(e: number[], vars: string[]): string[] {
  return e.flatMap((p, j) => (p === 0 ? [] : [p === 1 ? vars[j] : `${vars[j]}^${p}`]));
}
function monoTex(e: number[], vars: string[]): string {
  return e.map((p, j) => (p === 0 ? "" : p === 1 ? vars[j] : `${vars[j]}^{${p}}`)).join("");
}

function argText(s: Special, vars: string[]): string {
  const m = monoText(s.n, vars);
  return s.k === 1 ? m.join("*") : s.k === -1 ? `-${m.join("*")}` : [String(s.k), ...m].join("*");
}
function argTex(s: Special, vars: string[]): string {
  const m = monoTex(s.n, vars);
  return s.k === 1 ? m : s.k === -1 ? `-${m}` : `${s.k}${m}`;
}

const specialText = (s: Special, vars: string[]) => (s.fn === "exp" ? `e^(${argText(s, vars)})` : `${s.fn}(${argText(s, vars)})`);
const specialTex = (s: Special, vars: string[]) => (s.fn === "exp" ? `e^{${argTex(s, vars)}}` : `\\${s.fn}(${argTex(s, vars)})`);

function termText(t: Term, vars: string[]): string {
  const factors = [...monoText(t.e, vars), ...(t.s ? [specialText(t.s, vars)] : [])];
  const a = Math.abs(t.c);
  const body = [...(a === 1 && factors.length ? [] : [String(a)]), ...factors].join("*");
  return t.c < 0 ? `-${body}` : body;
}
function termTex(t: Term, vars: string[]): string {
  const body = `${monoTex(t.e, vars)}${t.s ? specialTex(t.s, vars) : ""}`;
  const a = Math.abs(t.c);
  return `${t.c < 0 ? "-" : ""}${a === 1 && body ? "" : a}${body}`;
}

const join = (parts: string[]): string =>
  parts.map((p, i) => (i === 0 ? p : p.startsWith("-") ? `- ${p.slice(1)}` : `+ ${p}`)).join(" ") || "0";

export const text = (x: Expr, vars: string[]): string => join(x.map((t) => termText(t, vars)));
export const tex = (x: Expr, vars: string[]): string => join(x.map((t) => termTex(t, vars)));

/** Terms ordered by total degree, highest first (for polynomials in one variable: descending powers). */
export const byDegree = (x: Expr): Expr => x.slice().sort((a, b) => b.e.reduce((s, p) => s + p, 0) - a.e.reduce((s, p) => s + p, 0));

/** A monomial term without special factor. */
export const mono = (c: number, e: number[]): Term => ({ c, e });
