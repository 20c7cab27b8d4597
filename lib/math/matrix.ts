// Vectors and matrices over the rationals as plain arrays of Fractions: the exact arithmetic
// generators use to build problems and answers.
import { Q, type Rational, type RationalLike } from "./rational";

export type QVector = Rational[];
export type QMatrix = Rational[][];

export const qvec = (xs: readonly RationalLike[]): QVector => xs.map((x) => Q.of(x));
export const qmat = (rows: readonly (readonly RationalLike[])[]): QMatrix => rows.map((r) => qvec(r));

export const shape = (a: QMatrix): [number, number] => [a.length, a.length ? a[0].length : 0];

function sameShape(a: QMatrix, b: QMatrix, op: string): void {
  const [m, n] = shape(a);
  const [p, q] = shape(b);
  if (m !== p || n !== q) throw new RangeError(`${op}: shapes ${m}×${n} and ${p}×${q} differ`);
}

function sameLength(u: QVector, v: QVector, op: string): void {
  if (u.length !== v.length) throw new RangeError(`${op}: lengths ${u.length} and ${v.length} differ`);
}

export const vecAdd = (u: QVector, v: QVector): QVector => (sameLength(u, v, "vecAdd"), u.map((x, i) => x.add(v[i])));
export const vecSub = (u: QVector, v: QVector): QVector => (sameLength(u, v, "vecSub"), u.map((x, i) => x.sub(v[i])));
export const vecScale = (k: RationalLike, u: QVector): QVector => u.map((x) => x.mul(Q.of(k)));
export const vecNeg = (u: QVector): QVector => u.map((x) => x.neg());

export function dot(u: QVector, v: QVector): Rational {
  sameLength(u, v, "dot");
  return u.reduce((s, x, i) => s.add(x.mul(v[i])), Q.zero);
}

export const normSquared = (u: QVector): Rational => dot(u, u);
export const isZeroVector = (u: QVector): boolean => u.every(Q.isZero);
export const vecEq = (u: QVector, v: QVector): boolean => u.length === v.length && u.every((x, i) => x.equals(v[i]));

export function cross(u: QVector, v: QVector): QVector {
  if (u.length !== 3 || v.length !== 3) throw new RangeError("cross: both vectors need 3 entries");
  return [
    u[1].mul(v[2]).sub(u[2].mul(v[1])),
    u[2].mul(v[0]).sub(u[0].mul(v[2])),
    u[0].mul(v[1]).sub(u[1].mul(v[0])),
  ];
}

export const matAdd = (a: QMatrix, b: QMatrix): QMatrix => (sameShape(a, b, "matAdd"), a.map((r, i) => r.map((x, j) => x.add(b[i][j]))));
export const matSub = (a: QMatrix, b: QMatrix): QMatrix => (sameShape(a, b, "matSub"), a.map((r, i) => r.map((x, j) => x.sub(b[i][j]))));
export const matScale = (k: RationalLike, a: QMatrix): QMatrix => a.map((r) => vecScale(k, r));
export const matEq = (a: QMatrix, b: QMatrix): boolean => a.length === b.length && a.every((r, i) => vecEq(r, b[i]));

export function transpose(a: QMatrix): QMatrix {
  const [m, n] = shape(a);
  return Array.from({ length: n }, (_, j) => Array.from({ length: m }, (_, i) => a[i][j]));
}

export function matMul(a: QMatrix, b: QMatrix): QMatrix {
  const [m, n] = shape(a);
  const [p, q] = shape(b);
  if (n !== p) throw new RangeError(`matMul: ${m}×${n} times ${p}×${q} is undefined`);
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: q }, (_, j) => {
      let s = Q.zero;
      for (let k = 0; k < n; k++) s = s.add(a[i][k].mul(b[k][j]));
      return s;
    }),
  );
}

export function matVec(a: QMatrix, v: QVector): QVector {
  const [, n] = shape(a);
  if (n !== v.length) throw new RangeError(`matVec: ${a.length}×${n} times a vector of length ${v.length}`);
  return a.map((r) => dot(r, v));
}

export const identity = (n: number): QMatrix =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? Q.one : Q.zero)));

export const zeros = (m: number, n: number): QMatrix => Array.from({ length: m }, () => Array.from({ length: n }, () => Q.zero));

/** Columns of a matrix as vectors, and a matrix from column vectors. */
export const columns = (a: QMatrix): QVector[] => transpose(a);
export const fromColumns = (cols: QVector[]): QMatrix => transpose(cols);

export const toNumbers = (a: QMatrix): number[][] => a.map((r) => r.map(Q.toNumber));
export const vecToNumbers = (u: QVector): number[] => u.map(Q.toNumber);

export function trace(a: QMatrix): Rational {
  return a.reduce((s, r, i) => s.add(r[i]), Q.zero);
}

export function matPow(a: QMatrix, k: number): QMatrix {
  let r = identity(a.length);
  for (let i = 0; i < k; i++) r = matMul(r, a);
  return r;
}
