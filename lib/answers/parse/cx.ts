// Values of constant subexpressions: a float complex number plus, when every step so far was
// rational, the exact Gaussian rational (re + im·i with Fraction parts) it equals.
import { frac, math, type Fraction } from "./mathjs";

export interface Cx {
  re: number;
  im: number;
  /** Exact [re, im] when the value is a Gaussian rational reached by exact steps, else null. */
  q: [Fraction, Fraction] | null;
}

const ZERO = frac(0);
const MAX_EXACT_POWER = 64;

export const real = (x: number, q: Fraction | null = null): Cx => ({ re: x, im: 0, q: q ? [q, ZERO] : null });
export const isZeroQ = (f: Fraction): boolean => f.n === 0n;
export const isRealQ = (c: Cx): boolean => c.q !== null && isZeroQ(c.q[1]);

/** The exact rational a literal's digits denote (`1e-3` is exactly 1/1000); null if absurdly long. */
export function literalFraction(digits: string): Fraction | null {
  return digits.length <= 400 ? (math.fraction(digits) as Fraction) : null;
}

export function add(a: Cx, b: Cx, sign = 1): Cx {
  const q: Cx["q"] = a.q && b.q
    ? [sign > 0 ? a.q[0].add(b.q[0]) : a.q[0].sub(b.q[0]), sign > 0 ? a.q[1].add(b.q[1]) : a.q[1].sub(b.q[1])]
    : null;
  return { re: a.re + sign * b.re, im: a.im + sign * b.im, q };
}

export function mul(a: Cx, b: Cx): Cx {
  const q: Cx["q"] = a.q && b.q
    ? [a.q[0].mul(b.q[0]).sub(a.q[1].mul(b.q[1])), a.q[0].mul(b.q[1]).add(a.q[1].mul(b.q[0]))]
    : null;
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re, q };
}

export const neg = (a: Cx): Cx => ({ re: -a.re, im: -a.im, q: a.q ? [a.q[0].neg(), a.q[1].neg()] : null });

/** Returns null on division by zero. */
export function div(a: Cx, b: Cx): Cx | null {
  if (b.re === 0 && b.im === 0) return null;
  let q: Cx["q"] = null;
  if (a.q && b.q) {
    const den = b.q[0].mul(b.q[0]).add(b.q[1].mul(b.q[1]));
    const re = a.q[0].mul(b.q[0]).add(a.q[1].mul(b.q[1]));
    const im = a.q[1].mul(b.q[0]).sub(a.q[0].mul(b.q[1]));
    q = [re.div(den), im.div(den)];
  }
  if (b.im === 0) return { re: a.re / b.re, im: a.im / b.re, q };
  const d = b.re * b.re + b.im * b.im;
  return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d, q };
}

/** Exact r-th root of a non-negative Fraction when it is rational, else null. */
function exactRoot(f: Fraction, r: number): Fraction | null {
  const root = (n: bigint): bigint | null => {
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) return null;
    const x = BigInt(Math.round(Number(n) ** (1 / r)));
    return x ** BigInt(r) === n ? x : null;
  };
  const n = root(f.n);
  const d = root(f.d);
  return n !== null && d !== null ? frac(n, d) : null;
}

/** Exact powers only while the float stays in range: beyond it the value is refused anyway. */
const inRange = (c: Cx): boolean => {
  const m = Math.hypot(c.re, c.im);
  return m === 0 || (m > 1e-300 && m < 1e300);
};

export function pow(a: Cx, b: Cx): Cx {
  const approx = floatPow(a, b);
  if (a.q && b.q && inRange(approx) && isRealQ(b) && b.q[0].d <= 12n) {
    const p = Number(b.q[0].n) * Number(b.q[0].s);
    const r = Number(b.q[0].d);
    let base: Cx | null = a;
    if (r > 1) {
      const rooted = isRealQ(a) && a.q[0].s > 0n ? exactRoot(a.q[0], r) : null;
      base = rooted ? real(Number(rooted.valueOf()), rooted) : null;
    }
    if (base && Math.abs(p) <= MAX_EXACT_POWER) {
      let acc: Cx = real(1, frac(1));
      for (let k = 0; k < Math.abs(p); k++) acc = mul(acc, base);
      const out = p < 0 ? div(real(1, frac(1)), acc) : acc;
      if (out) return { ...approx, q: out.q };
    }
  }
  return approx;
}

function floatPow(a: Cx, b: Cx): Cx {
  if (a.im === 0 && b.im === 0 && (a.re >= 0 || Number.isInteger(b.re))) return real(a.re ** b.re);
  const base = math.complex(a.re, a.im) as unknown as { pow(e: unknown): { re: number; im: number } };
  const c = base.pow(math.complex(b.re, b.im));
  return { re: c.re, im: c.im, q: null };
}
