// la.eigen.pagerank — PageRank on a 3–4 page link graph: one power-iteration step from the uniform
// vector (level 1), the same with damping d = 0.85 (level 2), or the steady state L r = r (level 3).
import { matLatex, nullSpace, Q, qmat, vecLatex, vecText, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";

/** links[j] = the pages page j links to (indices); damping as an exact string when used. */
type Data = { pages: string[]; links: number[][]; damping?: string };

const NAMES = ["A", "B", "C", "D"];
const D = Q.of(17, 20);

/** Column-stochastic link matrix: L[i][j] = 1/outdeg(j) when j links to i. */
const linkMatrix = (links: number[][]): Rational[][] =>
  links.map((_, i) => links.map((out, j) => (out.includes(i) ? Q.of(1, out.length) : Q.zero)));

const apply = (M: Rational[][], r: Rational[]) => M.map((row) => row.reduce((s, x, j) => s.add(x.mul(r[j])), Q.zero));

/** Every page reaches every other (so the steady state is unique and positive). */
function stronglyConnected(links: number[][]): boolean {
  const reach = (start: number) => {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length) for (const k of links[stack.pop()!]) if (!seen.has(k)) { seen.add(k); stack.push(k); }
    return seen.size === links.length;
  };
  return links.every((_, i) => reach(i));
}

function randomGraph(rng: Rng, n: number): number[][] {
  return Array.from({ length: n }, (_, j) => {
    const others = Array.from({ length: n }, (__, i) => i).filter((i) => i !== j);
    return rng.shuffle(others).slice(0, rng.int(1, Math.min(n - 1, 3))).sort();
  });
}

function steadyState(links: number[][]): Rational[] {
  const L = linkMatrix(links);
  const M = L.map((row, i) => row.map((x, j) => (i === j ? x.sub(Q.one) : x)));
  const [v] = nullSpace(qmat(M));
  const total = v.reduce((s, x) => s.add(x), Q.zero);
  return v.map((x) => x.div(total));
}

function result(links: number[][], level: number, matrix: Rational[][] = linkMatrix(links)): Rational[] {
  const n = links.length;
  const r0 = links.map(() => Q.of(1, n));
  if (level === 1) return apply(matrix, r0);
  if (level === 2) return apply(matrix, r0).map((x) => D.mul(x).add(Q.one.sub(D).div(Q.of(n))));
  return steadyState(links);
}

const uniform = (r: Rational[]) => r.every((x) => x.equals(r[0]));
const describe = (pages: string[], links: number[][]) =>
  links.map((out, j) => `${pages[j]} → ${out.map((i) => pages[i]).join(", ")}`).join("; ");

export default defineSkill<Data>({
  id: "la.eigen.pagerank",
  version: 1,
  levels: [1, 2, 3],
  expects: "vector",
  build(rng, level) {
    let links: number[][];
    let r: Rational[];
    do {
      links = randomGraph(rng, level === 3 ? rng.int(3, 4) : rng.pick([3, 4, 4]));
      r = level === 3 && !stronglyConnected(links) ? links.map(() => Q.zero) : result(links, level);
      // steady states with small denominators only; never a uniform answer (it would hide mistakes)
    } while (uniform(r) || (level === 3 && r.some((x) => x.d > 24n)));
    const n = links.length;
    const pages = NAMES.slice(0, n);
    const L = linkMatrix(links);
    const r0 = links.map(() => Q.of(1, n));
    const ask = [
      `starting from $\\mathbf{r}_0 = ${vecLatex(r0)}$, do one step of power iteration, $\\mathbf{r}_1 = L\\,\\mathbf{r}_0$`,
      `starting from $\\mathbf{r}_0 = ${vecLatex(r0)}$, do one step of power iteration with damping $d = 0.85$: $\\mathbf{r}_1 = d\\,L\\,\\mathbf{r}_0 + \\frac{1 - d}{${n}}\\mathbf{1}$`,
      `find the steady state: the vector $\\mathbf{r}$ with $L\\mathbf{r} = \\mathbf{r}$ whose entries add up to $1$ (no damping)`,
    ][level - 1];
    return {
      data: level === 2 ? { pages, links, damping: "0.85" } : { pages, links },
      prompt: `${n} web pages link to each other as follows: ${describe(pages, links)}. Build the link matrix $L$ (column $j$ holds page $j$'s outgoing links, each with weight $1/(\\text{number of links on page } j)$, so every column adds up to 1), then ${ask}. Give the vector $(r_{${pages[0]}}, \\dots, r_{${pages[n - 1]}})$ as \`(${pages.map(() => "…").join(", ")})\`, with exact fractions or decimals to 3 significant figures.`,
      answer: vecText(r),
      solution: [
        `Each page splits its vote equally among its links, and column $j$ of $L$ describes page $j$: $L = ${matLatex(L)}$.`,
        level === 1
          ? `$\\mathbf{r}_1 = L\\mathbf{r}_0$: each page's new rank is the sum, over the pages linking to it, of their rank divided by their number of links. $\\mathbf{r}_1 = ${vecLatex(r)}$.`
          : level === 2
            ? `$L\\mathbf{r}_0 = ${vecLatex(apply(L, r0))}$, so $\\mathbf{r}_1 = 0.85\\,L\\mathbf{r}_0 + \\frac{0.15}{${n}} = ${vecLatex(r)}$ (the damping term gives every page $\\frac{0.15}{${n}} = ${Q.toLatex(Q.of(3, 20 * n))}$).`
            : `Solve $(L - I)\\mathbf{r} = \\mathbf{0}$ (the eigenvector of $L$ for eigenvalue $1$) and scale it so the entries add up to $1$: $\\mathbf{r} = ${vecLatex(r)}$. When power iteration from $\\mathbf{r}_0$ converges, this is where it settles.`,
        `Check: the entries add up to $1$.`,
      ],
      hints: [
        "Column $j$ of $L$ is page $j$'s outgoing links: $1/k$ in the row of each of its $k$ targets.",
        level === 3 ? "The steady state is the eigenvector of $L$ with eigenvalue $1$, scaled to sum to 1." : "Multiply $L$ by $\\mathbf{r}_0$: row $i$ collects the rank flowing into page $i$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "rows-instead-of-columns",
      feedback: "You built $L$ with each page's outgoing links in a **row**. In PageRank's link matrix page $j$'s links form column $j$, so that $L\\mathbf{r}$ collects the rank flowing *into* each page.",
      wrong: (p) => {
        const n = p.data.links.length;
        // with rows summing to 1, every step from the uniform vector (and the steady state) stays uniform
        return vecText(p.data.links.map(() => Q.of(1, n)));
      },
    },
    {
      tag: "vote-not-split",
      feedback: "A page with $k$ links gives each of them $1/k$ of its rank, not all of it: divide each column of $L$ by the number of links on that page.",
      wrong: (p) => {
        if (p.level === 3) return null;
        const adjacency = p.data.links.map((_, i) => p.data.links.map((out) => (out.includes(i) ? Q.one : Q.zero)));
        return vecText(result(p.data.links, p.level, adjacency));
      },
    },
    {
      tag: "forgot-damping-term",
      feedback: (p) => `You multiplied by $d$ but left out the teleport term: every page also gets $\\frac{1 - d}{n} = \\frac{0.15}{${p.data.links.length}}$.`,
      wrong: (p) => (p.level === 2 ? vecText(result(p.data.links, 1).map((x) => D.mul(x))) : null),
    },
  ],
  notes: {
    body: `**PageRank** scores web pages by imagining a surfer who keeps clicking random links. Page $j$ with $k$ outgoing links passes $1/k$ of its rank to each target, which gives a **link matrix** $L$ whose column $j$ holds $1/k$ in the rows of page $j$'s targets (every column sums to 1). The ranks are the steady state
$$\\mathbf{r} = L\\mathbf{r},$$
an eigenvector with eigenvalue $1$, scaled so the entries add up to $1$. It is found by **power iteration**: start from the uniform vector and repeat $\\mathbf{r}_{k+1} = L\\mathbf{r}_k$. With **damping** $d$ (usually $0.85$), the surfer sometimes jumps to a random page: $\\mathbf{r}_{k+1} = dL\\mathbf{r}_k + \\frac{1 - d}{n}\\mathbf{1}$, which guarantees a unique answer.

Why it matters for machine learning: power iteration is the simplest eigen-solver and underlies ranking, Markov-chain stationary distributions, spectral clustering and the largest singular value in SVD; it needs only matrix–vector products, so it scales to billions of pages.

Example: A → B; B → A, C; C → A. With $\\mathbf{r}_0 = (\\frac13, \\frac13, \\frac13)$: A receives $\\frac13$ from C and $\\frac16$ from B, so $\\mathbf{r}_1 = (\\frac12, \\frac13, \\frac16)$.`,
  },
});
