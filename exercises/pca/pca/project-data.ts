// pca.pca.project-data — codes zₙ = bᵀ(xₙ − μ) of 2-D data on its first principal direction b
// (level 1), plus the reconstructions μ + zₙb (level 2). The data are built as μ + aₙw₁ + bₙw₂,
// so the codes are aₙ|w₁| and the reconstructions μ + aₙw₁ are integer points.
import { matText, Q, Surd, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Built } from "../../types";
import { dataLatex, meanQ, norm2, pcaDataset, unitSurds } from "../shared";

/** w: the integer direction with b = w/|w|; b: the unit principal direction as exact strings. */
type Data = { X: number[][]; w: number[]; b: string[]; reconstruct: boolean };

const direction = (d: Data): number[] => d.w;

/** z_n = w·(x_n − μ)/|w| exactly, as surds. */
const codes = (X: number[][], w: number[], centre: boolean): Surd[] => {
  const mu = centre ? meanQ(X) : [Q.zero, Q.zero];
  const s = norm2(w);
  return X.map((x) => Surd.of(Q.of(1, s), s).scale(x.reduce((t, xi, i) => t.add(Q.sub(xi, mu[i]).mul(Q.of(w[i]))), Q.zero)));
};
/** μ + (w·(x_n − μ)/|w|²) w, exactly. */
const reconstructions = (X: number[][], w: number[], addMean = true) => {
  const mu = meanQ(X);
  const s = norm2(w);
  return X.map((x) => {
    const c = x.reduce((t, xi, i) => t.add(Q.sub(xi, mu[i]).mul(Q.of(w[i]))), Q.zero).div(Q.of(s));
    return w.map((wi, i) => c.mul(Q.of(wi)).add(addMean ? mu[i] : Q.zero));
  });
};
const answerText = (z: Surd[], R: ReturnType<typeof reconstructions> | null) => `z = ${vecText(z)}${R ? `; R = ${matText(R)}` : ""}`;

export default defineSkill<Data>({
  id: "pca.pca.project-data",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  build(rng, level): Built<Data> {
    const reconstruct = level === 2;
    const N = rng.int(3, 5);
    const ds = pcaDataset(rng, N);
    const w = ds.w[0];
    const b = unitSurds(w).map((x) => x.toString());
    const data: Data = { X: ds.X, w, b, reconstruct };
    const mu = meanQ(ds.X);
    const z = codes(ds.X, w, true);
    const R = reconstructions(ds.X, w);
    const centred = ds.X.map((x) => x.map((v, i) => Q.sub(v, mu[i])));
    return {
      data,
      parseOptions: { parts: reconstruct ? { z: "vector", R: "matrix" } : { z: "vector" } },
      prompt: `The dataset below (one observation per row) has first principal direction $\\mathbf{b} = ${vecLatex(unitSurds(w))}$ (a unit vector). Compute the one-dimensional codes $z_n = \\mathbf{b}^\\top(\\mathbf{x}_n - \\boldsymbol{\\mu})$ of all ${N} points${reconstruct ? `, and their reconstructions $\\tilde{\\mathbf{x}}_n = \\boldsymbol{\\mu} + z_n\\mathbf{b}$` : ""}. Give ${reconstruct ? "`z = (z1, …); R = [[…], …]` with one reconstructed point per row of R" : "`z = (z1, z2, …)`"}, exact entries such as \`2*sqrt(5)\`.
$$X = ${dataLatex(ds.X)}$$`,
      answer: answerText(z, reconstruct ? R : null),
      solution: [
        `The mean is $\\boldsymbol{\\mu} = (${mu.map(Q.toLatex).join(", ")})$; the centred points are ${centred.map((c) => `$(${c.map(Q.toLatex).join(", ")})$`).join(", ")}.`,
        `Each code is a dot product with $\\mathbf{b} = ${vecLatex(w)}/\\sqrt{${norm2(w)}}$: $z_n = (${w[0]}\\,\\bar{x}_{n1} ${w[1] < 0 ? "-" : "+"} ${Math.abs(w[1])}\\,\\bar{x}_{n2})/\\sqrt{${norm2(w)}}$, giving $\\mathbf{z} = ${vecLatex(z)}$.`,
        ...(reconstruct
          ? [`Reconstruct: $\\tilde{\\mathbf{x}}_n = \\boldsymbol{\\mu} + z_n\\mathbf{b} = \\boldsymbol{\\mu} + \\frac{z_n}{\\sqrt{${norm2(w)}}}${vecLatex(w)}$, so the rows of $R$ are ${R.map((r) => `$(${r.map(Q.toLatex).join(", ")})$`).join(", ")}. They all lie on the line through $\\boldsymbol{\\mu}$ along $\\mathbf{b}$.`]
          : []),
      ],
      hints: ["Centre first: subtract the mean point from every observation before taking the dot product with $\\mathbf{b}$.", reconstruct ? "The reconstruction goes back to the original coordinates: add the mean back after scaling $\\mathbf{b}$ by the code." : "Each code is one number per observation: its coordinate along $\\mathbf{b}$."],
    };
  },
  mistakes: [
    {
      tag: "forgot-to-centre",
      feedback: "You projected the raw points. PCA codes are taken from the centred data: $z_n = \\mathbf{b}^\\top(\\mathbf{x}_n - \\boldsymbol{\\mu})$.",
      wrong: (p) => {
        const w = direction(p.data);
        const raw = codes(p.data.X, w, false);
        const s = norm2(w);
        const R = p.data.X.map((x) => {
          const c = Q.of(x[0] * w[0] + x[1] * w[1], s);
          return w.map((wi) => c.mul(Q.of(wi)));
        });
        return answerText(raw, p.data.reconstruct ? R : null);
      },
    },
    {
      tag: "forgot-to-add-mean",
      feedback: "Your reconstructions are centred: they are $z_n\\mathbf{b}$. Add the mean back, $\\tilde{\\mathbf{x}}_n = \\boldsymbol{\\mu} + z_n\\mathbf{b}$, to return to the original coordinates.",
      wrong: (p) => {
        if (!p.data.reconstruct) return null;
        const w = direction(p.data);
        return answerText(codes(p.data.X, w, true), reconstructions(p.data.X, w, false));
      },
    },
    {
      tag: "unnormalised-direction",
      feedback: (p) => `You used the integer direction $${vecLatex(direction(p.data))}$ instead of the unit vector $\\mathbf{b}$. Codes must use $\\lVert\\mathbf{b}\\rVert = 1$, or they are stretched by the length of the direction.`,
      wrong: (p) => {
        const w = direction(p.data);
        return answerText(codes(p.data.X, w, true).map((c) => c.mul(Surd.of(1, norm2(w)))), p.data.reconstruct ? reconstructions(p.data.X, w) : null);
      },
    },
  ],
  notes: {
    body: `Once a unit principal direction $\\mathbf{b}$ is known, each data point is compressed to one number, its **code** (score) — the coordinate of its centred version along $\\mathbf{b}$:
$$z_n = \\mathbf{b}^\\top(\\mathbf{x}_n - \\boldsymbol{\\mu}).$$
The **reconstruction** maps the code back to the original space: $\\tilde{\\mathbf{x}}_n = \\boldsymbol{\\mu} + z_n\\mathbf{b}$, the orthogonal projection of $\\mathbf{x}_n$ onto the line through $\\boldsymbol{\\mu}$ along $\\mathbf{b}$. With $M$ directions (columns of $B$): $\\mathbf{z}_n = B^\\top(\\mathbf{x}_n - \\boldsymbol{\\mu})$ and $\\tilde{\\mathbf{x}}_n = \\boldsymbol{\\mu} + B\\mathbf{z}_n$.

Why it matters for machine learning: the codes are the compressed, decorrelated features fed to later models (or plotted to visualise data); the reconstructions show what the compression keeps, and their distance to the data is the information lost.

Example: points $(1, 1), (3, 3), (2, 5)$ have mean $(2, 3)$. With $\\mathbf{b} = (1, 1)/\\sqrt{2}$ the centred point $(-1, -2)$ has code $-3/\\sqrt{2}$ and reconstruction $(2, 3) - \\frac{3}{2}(1, 1) = (\\frac{1}{2}, \\frac{3}{2})$.`,
  },
});
