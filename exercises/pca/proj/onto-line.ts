// pca.proj.onto-line — π(x) = (⟨b, x⟩/⟨b, b⟩) b, under the dot product (level 1, R²/R³) or under
// ⟨u, v⟩ = uᵀAv (level 2, R²), with rational entries.
import { matLatex, Q, sqrtQ, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { identity, matVec } from "../../int-linalg";
import { form, spd2 } from "../shared";

type Data = { x: number[]; b: number[]; A: number[][] | null };

const ip = (d: Data, u: number[], v: number[]) => form(d.A ?? identity(u.length), u, v);
const project = (d: Data, onto: number[], x: number[]) => {
  const k = Q.of(ip(d, onto, x), ip(d, onto, onto));
  return onto.map((v) => k.mul(Q.of(v)));
};

export default defineSkill<Data>({
  id: "pca.proj.onto-line",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    const n = level === 1 ? rng.int(2, 3) : 2;
    let d: Data;
    do {
      d = { x: rng.intVector(n, -4, 5), b: rng.intVector(n, -3, 3), A: level === 2 ? spd2(rng, 4) : null };
    } while (
      d.b.filter((v) => v !== 0).length < 2 ||
      ip(d, d.b, d.x) === 0 ||
      ip(d, d.b, d.x) ** 2 === ip(d, d.b, d.b) * ip(d, d.x, d.x) ||
      // level 2 must differ from the Euclidean projection, or the point of the level is lost
      (d.A !== null && Q.eq(Q.of(ip(d, d.b, d.x), ip(d, d.b, d.b)), Q.of(form(identity(n), d.b, d.x), form(identity(n), d.b, d.b))))
    );
    const { x, b, A } = d;
    const [bx, bb] = [ip(d, b, x), ip(d, b, b)];
    const k = Q.of(bx, bb);
    const pi = project(d, b, x);
    const under = A ? `under the inner product $\\langle\\mathbf{u}, \\mathbf{v}\\rangle = \\mathbf{u}^\\top A\\,\\mathbf{v}$ with $A = ${matLatex(A)}$` : "under the dot product";
    return {
      data: d,
      prompt: `Project $\\mathbf{x} = ${vecLatex(x)}$ orthogonally onto the line $U = \\operatorname{span}\\{\\mathbf{b}\\}$, $\\mathbf{b} = ${vecLatex(b)}$, ${under}. Give the projection $\\pi_U(\\mathbf{x})$ as a vector \`(…)\` with exact entries (fractions allowed).`,
      answer: vecText(pi),
      solution: [
        `The projection is $\\pi_U(\\mathbf{x}) = \\lambda\\mathbf{b}$ with $\\lambda = \\dfrac{\\langle\\mathbf{b}, \\mathbf{x}\\rangle}{\\langle\\mathbf{b}, \\mathbf{b}\\rangle}$ (the residual $\\mathbf{x} - \\lambda\\mathbf{b}$ must be orthogonal to $\\mathbf{b}$).`,
        A
          ? `With $A$: $A\\mathbf{x} = ${vecLatex(matVec(A, x))}$, so $\\langle\\mathbf{b}, \\mathbf{x}\\rangle = \\mathbf{b}^\\top A\\mathbf{x} = ${bx}$; $A\\mathbf{b} = ${vecLatex(matVec(A, b))}$, so $\\langle\\mathbf{b}, \\mathbf{b}\\rangle = ${bb}$.`
          : `$\\mathbf{b}\\cdot\\mathbf{x} = ${bx}$ and $\\mathbf{b}\\cdot\\mathbf{b} = ${bb}$.`,
        `$\\lambda = ${Q.toLatex(k)}$, so $\\pi_U(\\mathbf{x}) = ${Q.toLatex(k)}${vecLatex(b)} = ${vecLatex(pi)}$.`,
      ],
      hints: ["The projection is a multiple $\\lambda\\mathbf{b}$; choose $\\lambda$ so that $\\mathbf{x} - \\lambda\\mathbf{b}$ is orthogonal to $\\mathbf{b}$.", A ? "Every inner product here is $\\mathbf{u}^\\top A\\mathbf{v}$, including $\\langle\\mathbf{b}, \\mathbf{b}\\rangle$." : "$\\lambda = \\mathbf{b}\\cdot\\mathbf{x}\\,/\\,\\mathbf{b}\\cdot\\mathbf{b}$ — divide by the squared length of $\\mathbf{b}$."],
    };
  },
  mistakes: [
    {
      tag: "divided-by-length",
      feedback: "You divided by $\\lVert\\mathbf{b}\\rVert$ instead of $\\lVert\\mathbf{b}\\rVert^2$. Since the answer multiplies $\\mathbf{b}$ itself (not a unit vector), $\\lambda = \\langle\\mathbf{b}, \\mathbf{x}\\rangle / \\langle\\mathbf{b}, \\mathbf{b}\\rangle$.",
      wrong: (p) => {
        const s = sqrtQ(Q.of(1, ip(p.data, p.data.b, p.data.b))).scale(ip(p.data, p.data.b, p.data.x));
        return vecText(p.data.b.map((v) => s.scale(v)));
      },
    },
    {
      tag: "used-euclidean",
      feedback: "You projected with the dot product. This question's inner product is $\\mathbf{u}^\\top A\\mathbf{v}$: use it for both $\\langle\\mathbf{b}, \\mathbf{x}\\rangle$ and $\\langle\\mathbf{b}, \\mathbf{b}\\rangle$.",
      wrong: (p) => (p.data.A ? vecText(project({ ...p.data, A: null }, p.data.b, p.data.x)) : null),
    },
    {
      tag: "gave-coefficient",
      feedback: "That is the coefficient $\\lambda$. The projection is the vector $\\lambda\\mathbf{b}$.",
      wrong: (p) => Q.toString(Q.of(ip(p.data, p.data.b, p.data.x), ip(p.data, p.data.b, p.data.b))),
    },
    {
      tag: "projected-wrong-way",
      feedback: "You projected $\\mathbf{b}$ onto $\\mathbf{x}$. Project $\\mathbf{x}$ onto the line through $\\mathbf{b}$: the answer is a multiple of $\\mathbf{b}$.",
      wrong: (p) => vecText(project(p.data, p.data.x, p.data.b)),
    },
  ],
  notes: {
    body: `The **orthogonal projection** of $\\mathbf{x}$ onto the line $U = \\operatorname{span}\\{\\mathbf{b}\\}$ is the point $\\lambda\\mathbf{b}$ closest to $\\mathbf{x}$. It is characterised by the residual being orthogonal to the line, $\\langle\\mathbf{x} - \\lambda\\mathbf{b}, \\mathbf{b}\\rangle = 0$, which gives
$$\\lambda = \\frac{\\langle\\mathbf{b}, \\mathbf{x}\\rangle}{\\langle\\mathbf{b}, \\mathbf{b}\\rangle}, \\qquad \\pi_U(\\mathbf{x}) = \\frac{\\langle\\mathbf{b}, \\mathbf{x}\\rangle}{\\langle\\mathbf{b}, \\mathbf{b}\\rangle}\\,\\mathbf{b}.$$
With the dot product this is $\\frac{\\mathbf{b}^\\top\\mathbf{x}}{\\mathbf{b}^\\top\\mathbf{b}}\\mathbf{b}$; with another inner product, "closest" and "orthogonal" change, and so does the projection. If $\\lVert\\mathbf{b}\\rVert = 1$ the denominator disappears.

Why it matters for machine learning: PCA compresses each data point to its projection onto a few directions; $\\lambda$ is the point's code (its coordinate along $\\mathbf{b}$), and $\\lambda\\mathbf{b}$ its reconstruction.

Example: $\\mathbf{x} = (2, 4)$ onto $\\mathbf{b} = (1, 1)$: $\\lambda = 6/2 = 3$, so $\\pi = (3, 3)$, and the residual $(-1, 1)$ is orthogonal to $\\mathbf{b}$.`,
  },
});
