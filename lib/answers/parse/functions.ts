// Float (and, where cheap, exact) values of the whitelisted functions. Real arguments inside
// the real domain use Math; anything else goes through mathjs's Complex type.
import { type Cx, isRealQ, neg, pow, real } from "./cx";
import { frac, math } from "./mathjs";

type RealFn = (x: number) => number;

const REAL: Record<string, [RealFn, (x: number) => boolean]> = {
  exp: [Math.exp, () => true],
  log: [Math.log, (x) => x > 0],
  sin: [Math.sin, () => true],
  cos: [Math.cos, () => true],
  tan: [Math.tan, () => true],
  sec: [(x) => 1 / Math.cos(x), () => true],
  csc: [(x) => 1 / Math.sin(x), () => true],
  cot: [(x) => 1 / Math.tan(x), () => true],
  asin: [Math.asin, (x) => Math.abs(x) <= 1],
  acos: [Math.acos, (x) => Math.abs(x) <= 1],
  atan: [Math.atan, () => true],
  sinh: [Math.sinh, () => true],
  cosh: [Math.cosh, () => true],
  tanh: [Math.tanh, () => true],
};

export function applyFunction(name: string, a: Cx): Cx {
  if (name === "sqrt") {
    const half = real(0.5, frac(1, 2));
    if (a.im !== 0 || a.re >= 0) return pow(a, half);
    const r = pow(neg(a), half); // sqrt(-4) = 2i exactly, not complex pow's 1e-16 + 2i
    return { re: 0, im: r.re, q: r.q ? [frac(0), r.q[0]] : null };
  }
  if (name === "abs") {
    if (a.im === 0) return real(Math.abs(a.re), isRealQ(a) ? a.q![0].abs() : null);
    return real(Math.hypot(a.re, a.im));
  }
  const [fn, inDomain] = REAL[name];
  if (a.im === 0 && inDomain(a.re)) return real(fn(a.re));
  const c = math.complex(a.re, a.im) as unknown as Record<string, () => { re: number; im: number }>;
  const out = c[name]();
  return { re: out.re, im: out.im, q: null };
}
