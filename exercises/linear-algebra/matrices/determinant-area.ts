// la.matrices.determinant-area — a linear map multiplies areas by |det A| (and flips orientation
// when det A < 0). Level 1: unit square or a rectangle at the origin; level 2: a triangle.
import { matLatex, Q } from "@/lib/math";
import { defineSkill } from "../../define";
import { det } from "../../int-linalg";
import type { Rng } from "../../rng";
import { paren } from "../../tex";

type Data = { A: number[][]; vertices: number[][] };

/** Shoelace formula: the (unsigned) area of a polygon, times 2, an integer for integer vertices. */
const twiceArea = (P: number[][]) => Math.abs(P.reduce((s, [x, y], i) => s + x * P[(i + 1) % P.length][1] - P[(i + 1) % P.length][0] * y, 0));
const area = (P: number[][]) => Q.of(twiceArea(P), 2);
const point = ([x, y]: number[]) => `(${x}, ${y})`;

function shape(rng: Rng, level: number): number[][] {
  if (level === 1) {
    const [w, h] = rng.bool(0.4) ? [1, 1] : [rng.int(1, 5), rng.int(2, 5)];
    return [[0, 0], [w, 0], [w, h], [0, h]];
  }
  let T: number[][];
  do T = [0, 1, 2].map(() => [rng.int(-3, 4), rng.int(-3, 4)]);
  while (twiceArea(T) === 0 || twiceArea(T) > 24);
  return T;
}

/** The shoelace formula with the numbers substituted, for the worked solution. */
function shoelace(T: number[][]): string {
  const terms = T.map(([x], i) => `${paren(x)}(${T[(i + 1) % 3][1]} - ${paren(T[(i + 2) % 3][1])})`).join(" + ");
  const signed = T.reduce((s, [x], i) => s + x * (T[(i + 1) % 3][1] - T[(i + 2) % 3][1]), 0);
  return `\\tfrac12\\,|${terms}| = \\tfrac12\\cdot${Math.abs(signed)}`;
}

function describeShape(P: number[][]): string {
  if (P.length === 3) return `the triangle with vertices $${P.map(point).join(",\\ ")}$`;
  const [w, h] = [P[2][0], P[2][1]];
  return w === 1 && h === 1 ? "the unit square (vertices $(0, 0), (1, 0), (1, 1), (0, 1)$)" : `the rectangle with vertices $${P.map(point).join(",\\ ")}$`;
}

export default defineSkill<Data>({
  id: "la.matrices.determinant-area",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const flips = rng.bool();
    let A: number[][];
    do A = rng.intMatrix(2, 2, -4, 4);
    while (det(A) === 0 || det(A) < 0 !== flips || Math.abs(det(A)) > 12 || A.flat().filter((x) => x === 0).length > 1);
    const vertices = shape(rng, level);
    const d = det(A);
    const S = area(vertices);
    const image = Q.mul(S, Math.abs(d));
    const shapeArea =
      vertices.length === 3
        ? `By the shoelace formula the triangle has area $\\tfrac12\\,|x_1(y_2 - y_3) + x_2(y_3 - y_1) + x_3(y_1 - y_2)| = ${shoelace(vertices)} = ${Q.toLatex(S)}$.`
        : `The ${vertices[2][0] === 1 && vertices[2][1] === 1 ? "unit square" : "rectangle"} has area $${vertices[2][0]}\\times${vertices[2][1]} = ${vertices[2][0] * vertices[2][1]}$.`;
    return {
      data: { A, vertices },
      prompt: `The matrix $A = ${matLatex(A)}$ maps ${describeShape(vertices)} to a new shape. What is the area of the image? Give an exact number, such as \`15/2\`.`,
      answer: Q.toString(image),
      solution: [
        `$\\det A = ${paren(A[0][0])}\\cdot${paren(A[1][1])} - ${paren(A[0][1])}\\cdot${paren(A[1][0])} = ${d}$: every area is multiplied by $|\\det A| = ${Math.abs(d)}$.`,
        shapeArea,
        `Image area $= ${Math.abs(d)}\\times${Q.toLatex(S)} = ${Q.toLatex(image)}$.`,
        d < 0
          ? `The determinant is negative, so $A$ also flips orientation: the image's vertices run the other way round (clockwise ↔ anticlockwise). Area itself is never negative.`
          : `The determinant is positive, so orientation is preserved.`,
      ],
      hints: ["Areas scale by $|\\det A|$, whatever the shape.", "Find the area of the original shape, then multiply by the absolute value of the determinant."],
    };
  },
  mistakes: [
    {
      tag: "forgot-absolute-value",
      feedback: "An area cannot be negative: the scale factor is $|\\det A|$. The negative sign of $\\det A$ means the orientation flips, not that the area is negative.",
      wrong: (p) => (det(p.data.A) < 0 ? Q.toString(Q.mul(area(p.data.vertices), det(p.data.A))) : null),
    },
    {
      tag: "multiplied-by-det-squared",
      feedback: "You multiplied by $(\\det A)^2$. Areas scale by $|\\det A|$ itself — one factor, not two.",
      wrong: (p) => (Math.abs(det(p.data.A)) === 1 ? null : Q.toString(Q.mul(area(p.data.vertices), det(p.data.A) ** 2))),
    },
    {
      tag: "forgot-shape-area",
      feedback: "You gave only the scale factor $|\\det A|$; multiply it by the area of the original shape.",
      wrong: (p) => (Q.eq(area(p.data.vertices), 1) ? null : String(Math.abs(det(p.data.A)))),
    },
    {
      tag: "divided-by-det",
      feedback: "You divided by $|\\det A|$. The map **multiplies** areas by $|\\det A|$ (dividing is what the inverse map does).",
      wrong: (p) => (Math.abs(det(p.data.A)) === 1 ? null : Q.toString(Q.div(area(p.data.vertices), Math.abs(det(p.data.A))))),
    },
  ],
  notes: {
    body: `A linear map stretches every region of the plane by the same factor, and that factor is $|\\det A|$:
$$\\text{area of image} = |\\det A| \\times \\text{area of original}.$$
The unit square goes to the parallelogram spanned by the columns of $A$, of area $|\\det A|$. The **sign** of $\\det A$ records orientation: negative means the map includes a reflection, so a shape's vertices listed anticlockwise come out clockwise. In 3D the same holds for volumes.

Why it matters for machine learning: when a random variable is transformed, $\\mathbf{y} = A\\mathbf{x}$, its density is divided by $|\\det A|$ — the change-of-variables rule behind normalising flows — and $\\det = 0$ signals that a map collapses the data onto a lower-dimensional subspace.

Example: $A = \\begin{pmatrix}1 & 3\\\\ 2 & 1\\end{pmatrix}$ has $\\det A = -5$. A triangle of area $\\tfrac32$ is mapped to one of area $5\\times\\tfrac32 = \\tfrac{15}{2}$, with its orientation reversed.`,
  },
});
