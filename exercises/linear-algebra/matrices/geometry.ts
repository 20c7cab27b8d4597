// Plane transformations shared by geometric-transform, composition and determinant-area:
// a plain-JSON description, its exact matrix (surd entries) and its wording in prompts.
import { surd, type Surd } from "@/lib/math";

export type Transform =
  /** Anticlockwise for positive degrees; the prompt says "clockwise" for negative ones. */
  | { kind: "rotation"; degrees: number }
  /** Reflection in the line through the origin at this angle to the positive x-axis (0 x-axis, 90 y-axis, 45 y = x, 135 y = −x). */
  | { kind: "reflection"; degrees: number }
  | { kind: "scaling"; sx: number; sy: number }
  /** axis "x": (x, y) ↦ (x + k y, y); axis "y": (x, y) ↦ (x, y + k x). */
  | { kind: "shear"; axis: "x" | "y"; k: number };

export type SurdMatrix = Surd[][];

const CANDIDATES: Surd[] = [0, 1, -1].flatMap((s) => [surd(s, 1), surd(s / 2, 1), surd(s / 2, 2), surd(s / 2, 3)]);

/** cos of a multiple of 30° or 45°, exactly: the candidate value nearest the float (they are ≥ 0.13 apart). */
function exactCos(degrees: number): Surd {
  const x = Math.cos((degrees * Math.PI) / 180);
  return CANDIDATES.reduce((best, c) => (Math.abs(c.value() - x) < Math.abs(best.value() - x) ? c : best));
}
const exactSin = (degrees: number): Surd => exactCos(90 - degrees);

const neg = (x: Surd): Surd => x.scale(-1);
const int = (n: number): Surd => surd(n, 1);

export function transformMatrix(t: Transform): SurdMatrix {
  switch (t.kind) {
    case "rotation": {
      const [c, s] = [exactCos(t.degrees), exactSin(t.degrees)];
      return [[c, neg(s)], [s, c]];
    }
    case "reflection": {
      const [c, s] = [exactCos(2 * t.degrees), exactSin(2 * t.degrees)];
      return [[c, s], [s, neg(c)]];
    }
    case "scaling":
      return [[int(t.sx), int(0)], [int(0), int(t.sy)]];
    case "shear":
      return t.axis === "x" ? [[int(1), int(t.k)], [int(0), int(1)]] : [[int(1), int(0)], [int(t.k), int(1)]];
  }
}

/** Product of surd matrices whose sums only ever add like surds (true for every pair we compose). */
export function surdMatMul(a: SurdMatrix, b: SurdMatrix): SurdMatrix {
  return a.map((row) =>
    b[0].map((_, j) => {
      let sum: Surd | null = int(0);
      for (let k = 0; k < row.length; k++) sum = sum && sum.add(row[k].mul(b[k][j]));
      if (!sum) throw new Error("surdMatMul: unlike surds in one entry");
      return sum;
    }),
  );
}

export const surdTranspose = (a: SurdMatrix): SurdMatrix => a[0].map((_, j) => a.map((r) => r[j]));

export const surdEqual = (a: SurdMatrix, b: SurdMatrix): boolean => a.every((r, i) => r.every((x, j) => x.equals(b[i][j])));

const LINES: Record<number, string> = { 0: "the $x$-axis", 90: "the $y$-axis", 45: "the line $y = x$", 135: "the line $y = -x$" };

/** "the x-axis", "the line y = x", or the angle for other lines. */
export function lineName(degrees: number): string {
  return LINES[degrees] ?? `the line through the origin at $${degrees}^\\circ$ to the positive $x$-axis`;
}

/** The transformation in words, as a noun phrase: "an anticlockwise rotation by $90^\\circ$". */
export function describe(t: Transform): string {
  switch (t.kind) {
    case "rotation":
      return `${t.degrees < 0 ? "a clockwise" : "an anticlockwise"} rotation by $${Math.abs(t.degrees)}^\\circ$ about the origin`;
    case "reflection":
      return `a reflection in ${lineName(t.degrees)}`;
    case "scaling":
      return t.sx === t.sy
        ? `a uniform scaling by the factor $${t.sx}$`
        : `a scaling by the factor $${t.sx}$ in the $x$-direction and $${t.sy}$ in the $y$-direction`;
    case "shear":
      return t.axis === "x"
        ? `a shear parallel to the $x$-axis that sends $(0, 1)$ to $(${t.k}, 1)$`
        : `a shear parallel to the $y$-axis that sends $(1, 0)$ to $(1, ${t.k})$`;
  }
}

/** Where e1 and e2 go, in words, for worked solutions. */
export function basisImages(t: Transform): string {
  const [[a, b], [c, d]] = transformMatrix(t).map((r) => r.map((x) => x.toLatex()));
  return `$\\mathbf{e}_1 = (1, 0)$ goes to $(${a}, ${c})$ and $\\mathbf{e}_2 = (0, 1)$ goes to $(${b}, ${d})$`;
}
