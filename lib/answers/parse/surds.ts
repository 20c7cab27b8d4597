// Exact values of the form k·√n (k rational, n square-free) for constant subtrees, so canonical
// text can say `2*sqrt(3)` for `sqrt(12)` and `sqrt(2)` for `sqrt(8)/2`. Radicands are kept
// small: splitting off square factors is trial division, which must stay cheap on any input.
import { Surd } from "@/lib/math/surd";
import { frac, math, type Fraction, type MathNode } from "./mathjs";

/** Largest radicand tracked (trial division to its square root: at most 1,000 steps). */
const MAX_RADICAND = 1_000_000n;
/** Largest integer power of a surd tracked exactly. */
const MAX_POWER = 16;

export type SurdOrNull = Surd | null;

const small = (n: bigint): boolean => n <= MAX_RADICAND;

export const rationalSurd = (q: Fraction): Surd => Surd.of(q, 1n);

export const isRationalSurd = (x: Surd): boolean => x.n === 1n;

export function mulSurd(a: SurdOrNull, b: SurdOrNull): SurdOrNull {
  return a && b && small(a.n * b.n) ? a.mul(b) : null;
}

/** 1/(k√n) = √n/(k·n). */
function inverse(a: Surd): SurdOrNull {
  return a.k.n === 0n ? null : Surd.of(a.k.mul(frac(a.n)).inverse(), a.n);
}

export const divSurd = (a: SurdOrNull, b: SurdOrNull): SurdOrNull => (a && b ? mulSurd(a, inverse(b)) : null);

export const negSurd = (a: SurdOrNull): SurdOrNull => (a ? a.scale(-1) : null);

export function addSurd(a: SurdOrNull, b: SurdOrNull, sign = 1): SurdOrNull {
  return a && b ? a.add(sign > 0 ? b : b.scale(-1)) : null;
}

export const absSurd = (a: SurdOrNull): SurdOrNull => (a && a.k.s < 0n ? a.scale(-1) : a);

/** √x of a rational x ≥ 0; null for surds (√(√2) is not a surd) and negative or large radicands. */
export function sqrtSurd(a: SurdOrNull): SurdOrNull {
  if (!a || !isRationalSurd(a) || a.k.s < 0n) return null;
  return small(a.k.n * a.k.d) ? Surd.sqrt(a.k) : null;
}

/** a^b for a rational exponent with denominator 1 or 2 (b = p/2 is (√a)^p). */
export function powSurd(a: SurdOrNull, b: SurdOrNull): SurdOrNull {
  if (!a || !b || !isRationalSurd(b) || b.k.d > 2n || b.k.n > BigInt(MAX_POWER)) return null;
  const base = b.k.d === 2n ? sqrtSurd(a) : a;
  if (!base) return null;
  let acc: SurdOrNull = Surd.of(1, 1n);
  for (let k = 0n; k < b.k.n && acc; k++) acc = mulSurd(acc, base);
  return b.k.s < 0n && acc ? inverse(acc) : acc;
}

/**
 * True when root = √q of a rational q = a/b was written with a square factor to take out
 * (`sqrt(12)`, `sqrt(9/2)`): a, b coprime, so ab is square-free exactly when neither has one.
 */
export function rootSimplifies(q: SurdOrNull, root: SurdOrNull): boolean {
  return q !== null && root !== null && !isRationalSurd(root) && root.n !== q.k.n * q.k.d;
}

export const radicandSimplifies = (q: SurdOrNull): boolean => rootSimplifies(q, sqrtSurd(q));

const constantNode = (n: bigint): MathNode => new math.ConstantNode(frac(n));

/**
 * The tree of k·√n printed as `2*sqrt(3)`, `sqrt(2)/2`, `-3*sqrt(5)/4`, `-sqrt(2)/2`: the sign
 * sits on the leading factor, so the text reads back to the same tree (a fixed point).
 */
export function surdNode(x: Surd): MathNode {
  const negative = x.k.s < 0n;
  if (isRationalSurd(x)) return new math.ConstantNode(x.k);
  const root: MathNode = new math.FunctionNode("sqrt", [constantNode(x.n)]);
  let num: MathNode;
  if (x.k.n === 1n) num = negative ? new math.OperatorNode("-", "unaryMinus", [root]) : root;
  else num = new math.OperatorNode("*", "multiply", [constantNode(negative ? -x.k.n : x.k.n), root]);
  return x.k.d === 1n ? num : new math.OperatorNode("/", "divide", [num, constantNode(x.k.d)]);
}

export const surdValue = (x: Surd): number => x.value();
