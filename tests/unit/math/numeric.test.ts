import { describe, expect, it } from "vitest";
import {
  centralDiff, cholesky, derivative, eigenvalues, evaluateAt, gradientAt, gramSchmidt, hessian, hessianAt, lu,
  matLatex, qmat, qr, realEigenpairs, svd, symmetricEigen, vecLatex, qvec,
} from "@/lib/math";

const close = (a: number[], b: number[], d = 9) => a.forEach((x, i) => expect(x).toBeCloseTo(b[i], d));

describe("eigen", () => {
  it("orders symmetric eigenpairs largest first with unit vectors", () => {
    const p = symmetricEigen([[2, 1], [1, 2]]);
    expect(p.map((x) => x.value)).toEqual([expect.closeTo(3, 9), expect.closeTo(1, 9)]);
    close(p[0].vector, [Math.SQRT1_2, Math.SQRT1_2]);
    close(p[1].vector, [Math.SQRT1_2, -Math.SQRT1_2]);
  });
  it("finds complex eigenvalues of a rotation", () => {
    const v = eigenvalues([[0, -1], [1, 0]]);
    expect(v).toEqual([{ re: 0, im: -1 }, { re: 0, im: 1 }].map((c) => ({ re: expect.closeTo(c.re, 9), im: expect.closeTo(c.im, 9) })));
    expect(realEigenpairs([[0, -1], [1, 0]])).toEqual([]);
  });
  it("finds real eigenpairs of a non-symmetric matrix", () => {
    const p = realEigenpairs([[2, 0], [1, 3]]);
    expect(p[0].value).toBeCloseTo(3, 9);
    close(p[0].vector, [0, 1]);
    expect(p[1].value).toBeCloseTo(2, 9);
    close(p[1].vector, [Math.SQRT1_2, -Math.SQRT1_2]);
  });
});

describe("decompositions", () => {
  it("Cholesky of [[4,2],[2,3]] is [[2,0],[1,√2]]", () => {
    const L = cholesky([[4, 2], [2, 3]])!;
    close(L[0], [2, 0]);
    close(L[1], [1, Math.SQRT2]);
    expect(cholesky([[1, 2], [2, 1]])).toBeNull();
    expect(cholesky([[1, 2], [0, 5]])).toBeNull();
  });
  it("SVD of diag-like 3×2 gives singular values 4, 3", () => {
    expect(svd([[3, 0], [0, 4], [0, 0]]).S).toEqual([expect.closeTo(4, 12), expect.closeTo(3, 12)]);
    expect(svd([[1, 1], [1, 1]]).S).toEqual([expect.closeTo(2, 12), expect.closeTo(0, 12)]);
  });
  it("QR and LU have the textbook shapes", () => {
    const { R } = qr([[3, 1], [4, 2]]);
    expect(Math.abs(R[0][0])).toBeCloseTo(5, 12);
    expect(R[1][0]).toBeCloseTo(0, 12);
    const f = lu([[1, 2], [3, 4]]);
    expect(f.P).toEqual([[0, 1], [1, 0]]);
    close(f.L[1], [1 / 3, 1]);
  });
  it("Gram–Schmidt drops dependent vectors", () => {
    const b = gramSchmidt([[3, 4], [6, 8], [1, 0]]);
    expect(b.length).toBe(2);
    close(b[0], [0.6, 0.8]);
    close(b[1], [0.8, -0.6]);
  });
});

describe("calculus", () => {
  it("differentiates symbolically", () => {
    expect(evaluateAt(derivative("x^3 + 2x", "x"), { x: 2 })).toBe(14);
    expect(hessian("x^2*y", ["x", "y"]).map((r) => r.map((t) => evaluateAt(t, { x: 1, y: 3 })))).toEqual([[6, 2], [2, 0]]);
  });
  it("evaluates, returning null where undefined", () => {
    expect(evaluateAt("x^2 + y", { x: 3, y: 1 })).toBe(10);
    expect(evaluateAt("log(x)", { x: -1 })).toBeNull();
    expect(evaluateAt("1/x", { x: 0 })).toBeNull();
    expect(evaluateAt("sqrt(x)", { x: -4 })).toBeNull();
    expect(evaluateAt("foo(x)", { x: 1 })).toBeNull();
  });
  it("approximates derivatives by finite differences", () => {
    expect(centralDiff(Math.sin, 0)).toBeCloseTo(1, 8);
    close(gradientAt("x^2*y", { x: 1, y: 3 }, ["x", "y"]), [6, 1], 6);
    close(hessianAt("x^2*y", { x: 1, y: 3 }, ["x", "y"])[0], [6, 2], 5);
  });
});

describe("LaTeX helpers", () => {
  it("writes pmatrix", () => {
    expect(vecLatex(qvec([1, "-1/2"]))).toBe("\\begin{pmatrix} 1 \\\\ -\\frac{1}{2} \\end{pmatrix}");
    expect(matLatex(qmat([[1, 0], [0, 1]]))).toBe("\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}");
  });
});
