// Laws for module "opt", each by a numeric route of its own: Newton and gradient-descent steps
// recomputed in floats with central-difference derivatives of data.f; Lagrange points checked
// for the constraint and ∇f ∥ ∇g, and for completeness by scanning f along the constraint curve.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Problem } from "@/exercises/types";
import type { Laws } from "../types";
import { close, diff, fn } from "../calculus-numeric";

const where = (p: Problem) => `${p.skill} seed ${p.seed} level ${p.level}`;
const num = (x: unknown): number => (typeof x === "number" ? x : (math.evaluate(String(x)) as number));

/** The constraint "lhs = c" as g(x, y) − c. */
function constraintOf(text: string): (s: Record<string, number>) => number {
  const [lhs, rhs] = text.split("=");
  const g = fn(lhs, ["x", "y"]);
  const c = Number(rhs);
  return (s) => g(s) - c;
}

/** Local extrema of f along the constraint curve: a circle by angle, a line by arc length. */
function extremaAlong(f: (s: Record<string, number>) => number, constraint: string): number[][] {
  const [lhs, rhs] = constraint.split("=");
  const c = Number(rhs);
  const circle = lhs.includes("^2");
  const line = circle ? [] : [lhs.includes("x") ? 1 : 0, lhs.includes("y") ? 1 : 0];
  let curve: (t: number) => number[];
  let ts: number[];
  if (circle) {
    const r = Math.sqrt(c);
    curve = (t) => [r * Math.cos(t), r * Math.sin(t)];
    ts = Array.from({ length: 7200 }, (_, i) => (2 * Math.PI * i) / 7200);
  } else {
    // p x + q y = c: recover p, q from the linear form's values at (1, 0), (0, 1)
    const g = fn(lhs, ["x", "y"]);
    const [p, q] = [g({ x: 1, y: 0 }), g({ x: 0, y: 1 })];
    void line;
    const n2 = p * p + q * q;
    const base = [(c * p) / n2, (c * q) / n2];
    curve = (t) => [base[0] - q * t, base[1] + p * t];
    ts = Array.from({ length: 8001 }, (_, i) => -40 + i * 0.01);
  }
  const vals = ts.map((t) => { const [x, y] = curve(t); return f({ x, y }); });
  const n = vals.length;
  const found: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (!circle && (i === 0 || i === n - 1)) continue;
    const [a, b, c2] = [vals[(i - 1 + n) % n], vals[i], vals[(i + 1) % n]];
    if ((b > a && b >= c2) || (b < a && b <= c2)) found.push(curve(ts[i]));
  }
  return found;
}

const newtonLaw = (p: Problem) => {
  const f = fn(p.data.f as string, ["x"]);
  let x = p.data.x0 as number;
  for (let i = 0; i < p.level; i++) x = x - f({ x }) / diff(f, { x }, "x");
  close(num(p.answer.numeric), x, where(p), 1e-7);
  // the iterate is where the tangent at the previous point crosses zero
  expect(Math.abs(f({ x })), `${where(p)}: Newton moved towards a root`).toBeLessThan(Math.abs(f({ x: p.data.x0 as number })));
};

export const laws: Laws = {
  "mc.opt.newton-raphson": newtonLaw,
  "mc.opt.gradient-descent": (p) => {
    const f = fn(p.data.f as string, ["x", "y"]);
    const eta = num(p.data.eta);
    let [x, y] = p.data.x0 as number[];
    for (let i = 0; i < p.level; i++) {
      const g = [diff(f, { x, y }, "x"), diff(f, { x, y }, "y")];
      [x, y] = [x - eta * g[0], y - eta * g[1]];
    }
    const got = p.answer.numeric as number[];
    close(got[0], x, `${where(p)}: x`, 1e-7);
    close(got[1], y, `${where(p)}: y`, 1e-7);
    expect(f({ x, y }), `${where(p)}: a small step goes downhill`).toBeLessThan(f({ x: (p.data.x0 as number[])[0], y: (p.data.x0 as number[])[1] }));
  },
  "mc.opt.lagrange": (p) => {
    const f = fn(p.data.f as string, ["x", "y"]);
    const g = constraintOf(p.data.constraint as string);
    const pts = p.answer.numeric as number[][];
    for (const [x, y] of pts) {
      close(g({ x, y }), 0, `${where(p)}: (${x}, ${y}) on the constraint`);
      const [fx, fy, gx, gy] = [diff(f, { x, y }, "x"), diff(f, { x, y }, "y"), diff(g, { x, y }, "x"), diff(g, { x, y }, "y")];
      close(fx * gy - fy * gx, 0, `${where(p)}: ∇f ∥ ∇g at (${x}, ${y})`, 1e-6);
    }
    // every extremum of f along the curve is listed, and nothing else
    const found = extremaAlong(f, p.data.constraint as string);
    expect(found.length, `${where(p)}: number of critical points`).toBe(pts.length);
    for (const q of found) {
      expect(pts.some((pt) => Math.hypot(pt[0] - q[0], pt[1] - q[1]) < 0.05), `${where(p)}: extremum near (${q.map((v) => v.toFixed(3))}) listed`).toBe(true);
    }
  },
};
