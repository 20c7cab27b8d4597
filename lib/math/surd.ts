// Surds k·√n (k rational, n square-free): exact moduli and norms such as √29 or 2√3.
import { Q, type Rational, type RationalLike } from "./rational";

/** Split n into (outside, inside) with n = outside² · inside and inside square-free. */
function squareFreeSplit(n: bigint): [bigint, bigint] {
  let out = 1n;
  let inside = n;
  for (let p = 2n; p * p <= inside; p++) {
    while (inside % (p * p) === 0n) {
      inside /= p * p;
      out *= p;
    }
  }
  return [out, inside];
}

export class Surd {
  /** Use `surd(k, n)` or `sqrt(x)`: they simplify to the canonical form. */
  private constructor(
    readonly k: Rational,
    readonly n: bigint,
  ) {}

  /** Build k·√n and simplify: surd(1, 12) is 2√3, surd(3, 0) is 0, surd(2, 1) is 2. */
  static of(k: RationalLike, n: number | bigint): Surd {
    const nn = BigInt(n);
    if (nn < 0n) throw new RangeError(`square root of a negative number: ${n}`);
    const kk = Q.of(k);
    if (nn === 0n || Q.isZero(kk)) return new Surd(Q.zero, 1n);
    const [out, inside] = squareFreeSplit(nn);
    return new Surd(kk.mul(Q.of(out, 1n)), inside);
  }

  /** √x for a non-negative rational x: √(p/q) = √(pq)/q. */
  static sqrt(x: RationalLike): Surd {
    const r = Q.of(x);
    if (r.s < 0n && r.n !== 0n) throw new RangeError(`square root of a negative number: ${Q.toString(r)}`);
    return Surd.of(Q.of(1n, r.d), r.n * r.d);
  }

  get isRational(): boolean {
    return this.n === 1n;
  }

  /** The square k²n, always rational. */
  square(): Rational {
    return this.k.mul(this.k).mul(Q.of(this.n, 1n));
  }

  mul(o: Surd): Surd {
    return Surd.of(this.k.mul(o.k), this.n * o.n);
  }

  scale(c: RationalLike): Surd {
    return Surd.of(this.k.mul(Q.of(c)), this.n);
  }

  /** Sum when the radicands agree (like surds), else null. */
  add(o: Surd): Surd | null {
    if (Q.isZero(o.k)) return this;
    if (Q.isZero(this.k)) return o;
    return this.n === o.n ? Surd.of(this.k.add(o.k), this.n) : null;
  }

  equals(o: Surd): boolean {
    return this.n === o.n && this.k.equals(o.k);
  }

  value(): number {
    return Q.toNumber(this.k) * Math.sqrt(Number(this.n));
  }

  /** Answer-language text: "2*sqrt(3)", "sqrt(2)/2", "-3*sqrt(5)/4", "7/2". */
  toString(): string {
    if (this.isRational) return Q.toString(this.k);
    const sign = this.k.s < 0n ? "-" : "";
    const num = this.k.n === 1n ? `sqrt(${this.n})` : `${this.k.n}*sqrt(${this.n})`;
    return this.k.d === 1n ? `${sign}${num}` : `${sign}${num}/${this.k.d}`;
  }

  /** LaTeX: "2\\sqrt{3}", "\\frac{\\sqrt{2}}{2}". */
  toLatex(): string {
    if (this.isRational) return Q.toLatex(this.k);
    const sign = this.k.s < 0n ? "-" : "";
    const num = `${this.k.n === 1n ? "" : this.k.n}\\sqrt{${this.n}}`;
    return this.k.d === 1n ? `${sign}${num}` : `${sign}\\frac{${num}}{${this.k.d}}`;
  }
}

export const surd = (k: RationalLike, n: number | bigint): Surd => Surd.of(k, n);
export const sqrtQ = (x: RationalLike): Surd => Surd.sqrt(x);
