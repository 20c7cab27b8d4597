// Exact rationals on mathjs's Fraction (bigint numerator/denominator), with the text forms
// the answer language and KaTeX use.
import type { Fraction } from "mathjs";
import { mj } from "./mathjs";

export type Rational = Fraction;
export type RationalLike = Rational | number | bigint | string;

// mathjs's own Fraction class, called directly: going through mj.fraction's typed-function
// dispatch costs several microseconds per entry, which generators building matrices feel.
type FractionCtor = new (a: number | bigint | string | Rational, b?: number | bigint) => Rational;
const FractionClass = mj.fraction(0).constructor as FractionCtor;

/** Build a rational from an integer, a bigint, a decimal/fraction string ("3/4", "-0.25") or a pair. */
function of(x: RationalLike, d?: number | bigint): Rational {
  if (d !== undefined) {
    if (typeof x === "bigint" || typeof d === "bigint") return new FractionClass(BigInt(x as bigint | number), BigInt(d));
    return new FractionClass(x as number, d);
  }
  if (typeof x === "object") return x;
  if (typeof x === "number" && !Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return new FractionClass(x);
}

const ZERO = of(0);
const ONE = of(1);

function text(a: Rational): string {
  return a.toFraction();
}

/** "\\frac{3}{4}", "-\\frac{3}{4}", "2". */
function latex(a: Rational): string {
  if (a.d === 1n) return text(a);
  const sign = a.s < 0n ? "-" : "";
  return `${sign}\\frac{${a.n}}{${a.d}}`;
}

export const Q = {
  of,
  zero: ZERO,
  one: ONE,
  add: (a: RationalLike, b: RationalLike): Rational => of(a).add(of(b)),
  sub: (a: RationalLike, b: RationalLike): Rational => of(a).sub(of(b)),
  mul: (a: RationalLike, b: RationalLike): Rational => of(a).mul(of(b)),
  /** Throws on division by zero: a bug in the caller, never a learner's input. */
  div: (a: RationalLike, b: RationalLike): Rational => of(a).div(of(b)),
  neg: (a: RationalLike): Rational => of(a).neg(),
  abs: (a: RationalLike): Rational => of(a).abs(),
  inv: (a: RationalLike): Rational => of(a).inverse(),
  pow: (a: RationalLike, k: number): Rational => of(a).pow(k),
  eq: (a: RationalLike, b: RationalLike): boolean => of(a).equals(of(b)),
  cmp: (a: RationalLike, b: RationalLike): number => Number(of(a).compare(of(b))),
  isZero: (a: Rational): boolean => a.n === 0n,
  isInteger: (a: RationalLike): boolean => of(a).d === 1n,
  sign: (a: Rational): number => (a.n === 0n ? 0 : Number(a.s)),
  num: (a: Rational): bigint => a.s * a.n,
  den: (a: Rational): bigint => a.d,
  toNumber: (a: Rational): number => a.valueOf(),
  /** Answer-language text: "3/4", "-2". */
  toString: text,
  toLatex: latex,
};
