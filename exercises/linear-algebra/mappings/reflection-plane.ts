// la.mappings.reflection-plane — reflect r in the plane spanned by v1, v2 (through the origin):
// r' = r − 2 (r·n)/|n|² n with n a normal of the plane; rational answer.
import { Q, vecLatex, vecText, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, cross, dot, gcdAll, maxAbs, norm2, perpendicular, scale } from "../../int-linalg";

type Data = { vectors: number[][]; r: number[] };

const primitive = (v: number[]) => (v.every((x) => x === 0) ? v : scale(1 / gcdAll(v), v));
/** Normals whose |n|² makes level-1 answers whole numbers (|n|² = 1 or 2, or 3 with r·n a multiple of 3). */
const EASY_NORMALS = [[1, 1, 0], [1, 0, 1], [0, 1, 1], [1, -1, 0], [1, 0, -1], [0, 1, -1], [1, 1, 1], [1, -1, 1]];

/** r minus k times the normal component, k = 1 (projection), 2 (reflection). */
function minusNormal(r: number[], n: number[], k: number): Rational[] {
  const c = Q.of(k * dot(r, n), norm2(n));
  return r.map((x, i) => Q.of(x).sub(c.mul(Q.of(n[i]))));
}

const normalOf = (vectors: number[][]) => primitive(cross(vectors[0], vectors[1]));

export default defineSkill<Data>({
  id: "la.mappings.reflection-plane",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    let n: number[];
    let vectors: number[][];
    let r: number[];
    let image: Rational[];
    do {
      n = level === 1 ? rng.signedPermutation(3)(rng.pick(EASY_NORMALS)) : primitive(rng.intVector(3, -2, 2));
      const v1 = primitive(perpendicular(n, rng.intVector(3, -2, 2)));
      const v2 = addVec(primitive(cross(n, v1)), scale(rng.nonZeroInt(-1, 1), v1));
      vectors = [v1, v2];
      r = rng.intVector(3, -4, 4);
      image = minusNormal(r, n, 2);
      // r must neither lie in the plane nor on the normal line; level 1 keeps whole numbers
    } while (
      vectors[0].every((x) => x === 0) || maxAbs(vectors) > 6 || norm2(n) < 2 || dot(r, n) === 0 || norm2(cross(r, n)) === 0 ||
      (level === 1 && image.some((x) => x.d !== 1n))
    );
    const nn = normalOf(vectors);
    const k = Q.of(dot(r, nn), norm2(nn));
    return {
      data: { vectors, r },
      prompt: `Reflect $\\mathbf{r} = ${vecLatex(r)}$ in the plane through the origin spanned by $\\mathbf{v}_1 = ${vecLatex(vectors[0])}$ and $\\mathbf{v}_2 = ${vecLatex(vectors[1])}$. Give the reflected vector as \`(x, y, z)\` with exact entries (fractions allowed).`,
      answer: vecText(image),
      solution: [
        `Build an orthonormal basis adapted to the plane: Gram–Schmidt on $\\mathbf{v}_1, \\mathbf{v}_2$ gives $\\mathbf{e}_1, \\mathbf{e}_2$ in the plane, and a third unit vector $\\mathbf{e}_3 = \\hat{\\mathbf{n}}$ normal to it. Here $\\mathbf{v}_1\\times\\mathbf{v}_2$ is a multiple of $\\mathbf{n} = ${vecLatex(nn)}$, so $\\hat{\\mathbf{n}} = \\mathbf{n}/\\sqrt{${norm2(nn)}}$.`,
        `In the basis $E = (\\mathbf{e}_1\\ \\mathbf{e}_2\\ \\mathbf{e}_3)$ the reflection is $T_E = \\operatorname{diag}(1, 1, -1)$: it keeps the in-plane components and flips the normal one. So $\\mathbf{r}' = E\\,T_E\\,E^{T}\\mathbf{r} = \\mathbf{r} - 2(\\mathbf{r}\\cdot\\hat{\\mathbf{n}})\\,\\hat{\\mathbf{n}}$.`,
        `$\\mathbf{r}\\cdot\\mathbf{n} = ${dot(r, nn)}$, so the normal component is $\\dfrac{\\mathbf{r}\\cdot\\mathbf{n}}{|\\mathbf{n}|^2}\\mathbf{n} = ${Q.toLatex(k)}\\,${vecLatex(nn)}$.`,
        `$\\mathbf{r}' = ${vecLatex(r)} - 2\\cdot ${Q.sign(k) < 0 ? `\\left(${Q.toLatex(k)}\\right)` : Q.toLatex(k)}\\,${vecLatex(nn)} = ${vecLatex(image)}$.`,
      ],
      hints: [
        "Split $\\mathbf{r}$ into a part in the plane and a part along the plane's normal; the reflection keeps the first and flips the second.",
        "A normal to the plane is $\\mathbf{v}_1\\times\\mathbf{v}_2$ (or the third Gram–Schmidt vector).",
      ],
    };
  },
  mistakes: [
    {
      tag: "reflected-in-normal",
      feedback: "You reflected in the normal line (you kept the normal component and flipped the in-plane part). Reflecting in the plane keeps the in-plane part and flips the normal component: $\\mathbf{r}' = \\mathbf{r} - 2(\\mathbf{r}\\cdot\\hat{\\mathbf{n}})\\hat{\\mathbf{n}}$.",
      wrong: (p) => vecText(minusNormal(p.data.r, normalOf(p.data.vectors), 2).map((x) => x.neg())),
    },
    {
      tag: "non-orthonormal-basis",
      feedback: "You used $E\\,T_E\\,E^{T}$ with the given (not orthonormal) vectors as $E$. $E^{T} = E^{-1}$ only for an orthonormal basis: run Gram–Schmidt and normalise first.",
      wrong: (p) => {
        // E T Eᵀ r with E = (v1 v2 v1×v2) unnormalised: Σ ±(c·r) c over its columns c
        const [v1, v2] = p.data.vectors;
        const c = cross(v1, v2);
        const r = p.data.r;
        return vecText(addVec(addVec(scale(dot(v1, r), v1), scale(dot(v2, r), v2)), scale(-dot(c, r), c)));
      },
    },
    {
      tag: "forgot-factor-two",
      feedback: "You subtracted the normal component once, which projects $\\mathbf{r}$ onto the plane. A reflection goes as far again to the other side: subtract it twice.",
      wrong: (p) => vecText(minusNormal(p.data.r, normalOf(p.data.vectors), 1)),
    },
  ],
  notes: {
    body: `To **reflect in a plane** through the origin, split a vector into its part in the plane and its part along the plane's unit normal $\\hat{\\mathbf{n}}$; the reflection keeps the first and flips the second:
$$\\mathbf{r}' = \\mathbf{r} - 2(\\mathbf{r}\\cdot\\hat{\\mathbf{n}})\\,\\hat{\\mathbf{n}}.$$
In matrix language: take an orthonormal basis $E = (\\mathbf{e}_1\\ \\mathbf{e}_2\\ \\hat{\\mathbf{n}})$ from Gram–Schmidt; in that basis the reflection is $T_E = \\operatorname{diag}(1, 1, -1)$, and in standard coordinates it is $E\\,T_E\\,E^{-1} = E\\,T_E\\,E^{T}$. The orthonormal basis is what makes $E^{-1} = E^{T}$.

Why it matters for machine learning: "go to a basis where the operation is simple, act, come back" is the pattern behind eigen-decompositions, PCA and whitening; Householder reflections of exactly this form are how QR decompositions are computed in numerical libraries.

Example: the plane spanned by $(1, 0, 0)$ and $(0, 1, 1)$ has normal $\\mathbf{n} = (0, 1, -1)$. For $\\mathbf{r} = (2, 3, 1)$: $\\mathbf{r}\\cdot\\mathbf{n} = 2$, $|\\mathbf{n}|^2 = 2$, so $\\mathbf{r}' = (2, 3, 1) - 2\\cdot 1\\cdot(0, 1, -1) = (2, 1, 3)$.`,
  },
});
