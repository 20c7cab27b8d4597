// Exact linear algebra on small integer matrices, for generators and their "nice" constructors.
// Hand-written rather than lib/math (Fractions) because generators must run in well under 1 ms
// and their data are small integers, where plain numbers are exact.

export type IntVector = number[];
export type IntMatrix = number[][];

export const gcd = (a: number, b: number): number => {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
};

export const gcdAll = (xs: number[]): number => xs.reduce((g, x) => gcd(g, x), 0);

export const dot = (u: IntVector, v: IntVector): number => u.reduce((s, x, i) => s + x * v[i], 0);

export const norm2 = (u: IntVector): number => dot(u, u);

export const scale = (k: number, u: IntVector): IntVector => u.map((x) => k * x + 0); // + 0 turns -0 into 0

export const addVec = (u: IntVector, v: IntVector): IntVector => u.map((x, i) => x + v[i]);

export const cross = (u: IntVector, v: IntVector): IntVector => [
  u[1] * v[2] - u[2] * v[1],
  u[2] * v[0] - u[0] * v[2],
  u[0] * v[1] - u[1] * v[0],
];

export const identity = (n: number): IntMatrix =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

export const transpose = (A: IntMatrix): IntMatrix => A[0].map((_, j) => A.map((row) => row[j]));

export const matMul = (A: IntMatrix, B: IntMatrix): IntMatrix => {
  const cols = B[0].length;
  return A.map((row) => {
    const out = new Array<number>(cols);
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let k = 0; k < row.length; k++) s += row[k] * B[k][j];
      out[j] = s;
    }
    return out;
  });
};

export const matVec = (A: IntMatrix, v: IntVector): IntVector => A.map((row) => dot(row, v));

/** Loops rather than flat/map/spread: called on every rejection-sampling try. */
export const maxAbs = (A: IntMatrix | IntVector): number => {
  let m = -Infinity;
  for (const x of A as (number | number[])[]) {
    if (typeof x === "number") m = Math.max(m, Math.abs(x));
    else for (const y of x) m = Math.max(m, Math.abs(y));
  }
  return m;
};

/** Determinant by Bareiss' fraction-free elimination: exact for integer input. */
export function det(A: IntMatrix): number {
  const n = A.length;
  const M = A.map((r) => r.slice());
  let sign = 1;
  let prev = 1;
  for (let k = 0; k < n - 1; k++) {
    if (M[k][k] === 0) {
      const swap = M.findIndex((r, i) => i > k && r[k] !== 0);
      if (swap < 0) return 0;
      [M[k], M[swap]] = [M[swap], M[k]];
      sign = -sign;
    }
    for (let i = k + 1; i < n; i++)
      for (let j = k + 1; j < n; j++) M[i][j] = (M[i][j] * M[k][k] - M[i][k] * M[k][j]) / prev;
    prev = M[k][k];
  }
  return sign * M[n - 1][n - 1];
}

/** Rank by fraction-free row reduction (rows of A may be any length). */
export function rank(A: IntMatrix): number {
  const M = A.map((r) => r.slice());
  const rows = M.length;
  const cols = rows ? M[0].length : 0;
  let r = 0;
  for (let c = 0; c < cols && r < rows; c++) {
    const p = M.findIndex((row, i) => i >= r && row[c] !== 0);
    if (p < 0) continue;
    [M[r], M[p]] = [M[p], M[r]];
    for (let i = r + 1; i < rows; i++) {
      const f = M[i][c];
      const g = M[r][c];
      M[i] = M[i].map((x, j) => x * g - f * M[r][j]);
      const d = gcdAll(M[i]);
      if (d > 1) M[i] = M[i].map((x) => x / d);
    }
    r++;
  }
  return r;
}

/** An integer vector perpendicular to u (2D or 3D), primitive (entries share no factor). */
export function perpendicular(u: IntVector, helper: IntVector): IntVector {
  const raw = u.length === 2 ? [-u[1], u[0]] : cross(u, helper);
  const g = gcdAll(raw);
  return g === 0 ? raw : raw.map((x) => x / g);
}
