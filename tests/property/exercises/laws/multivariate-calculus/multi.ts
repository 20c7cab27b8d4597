// Laws for module "multi": partial derivatives, Jacobian entries and total derivatives checked by
// central finite differences of the function itself (composed with the path for df/dt); the
// Hessian by second differences, a vanishing numeric gradient, and its eigenvalue signs.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";
import { close, diff, fn, isPartial, points } from "../calculus-numeric";

const str = (x: unknown): string => (typeof x === "number" ? String(x) : (x as string));
const where = (p: Problem) => `${p.skill} seed ${p.seed} level ${p.level}`;

export const laws: Laws = {
  "mc.multi.partial-derivatives": (p) => {
    isPartial(p, p.data.f as string, str(p.answer.numeric), p.data.vars as string[], p.data.wrt as string);
  },
  "mc.multi.total-derivative": (p) => {
    const f = fn(p.data.f as string, ["x", "y"]);
    const [X, Y] = [fn(p.data.x as string, ["t"]), fn(p.data.y as string, ["t"])];
    // f along the path, a function of t alone, differentiated numerically
    const F = (s: Record<string, number>) => f({ x: X(s), y: Y(s) });
    if (typeof p.data.t0 === "number") {
      close(Number(math.evaluate(str(p.answer.numeric))), diff(F, { t: p.data.t0 }, "t"), where(p));
    } else {
      const A = fn(str(p.answer.numeric), ["t"]);
      for (const s of points(p, ["t"])) close(A(s), diff(F, s, "t"), `${where(p)} at t = ${s.t}`);
    }
  },
  "mc.multi.jacobian-vector": (p) => {
    const J = p.answer.numeric as unknown[];
    const vars = p.data.vars as string[];
    expect(J.length).toBe(vars.length);
    J.forEach((e, i) => isPartial(p, p.data.f as string, str(e), vars, vars[i]));
  },
  "mc.multi.jacobian-matrix": (p) => {
    const J = p.answer.numeric as unknown[][];
    const vars = p.data.vars as string[];
    (p.data.f as string[]).forEach((g, i) => J[i].forEach((e, j) => isPartial(p, g as string, str(e), vars, vars[j])));
  },
  "mc.multi.hessian": (p) => {
    const { H, type } = p.answer.numeric as { H: number[][]; type: string };
    const f = fn(p.data.f as string, ["x", "y"]);
    const [x, y] = p.data.point as number[];
    // the point is stationary: both central differences vanish
    for (const v of ["x", "y"]) expect(Math.abs(diff(f, { x, y }, v)), `${where(p)}: gradient`).toBeLessThan(1e-6);
    const h = 1e-3;
    const F = (a: number, b: number) => f({ x: x + a, y: y + b });
    const num = [
      [(F(h, 0) - 2 * F(0, 0) + F(-h, 0)) / h ** 2, (F(h, h) - F(h, -h) - F(-h, h) + F(-h, -h)) / (4 * h * h)],
      [0, (F(0, h) - 2 * F(0, 0) + F(0, -h)) / h ** 2],
    ];
    num[1][0] = num[0][1];
    H.forEach((row, i) => row.forEach((e, j) => close(e, num[i][j], `${where(p)} H[${i}][${j}]`, 1e-4)));
    // classification from the signs of the eigenvalues (not from det and f_xx)
    const eig = (math.eigs(num).values as number[]).map(Number);
    const kind = eig.every((l) => l > 0) ? "minimum" : eig.every((l) => l < 0) ? "maximum" : "saddle";
    expect(type, where(p)).toBe(kind);
  },
};
