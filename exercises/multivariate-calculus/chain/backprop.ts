// mc.chain.backprop — gradients of C = (a − y)² on one example, sigmoid activations: one neuron
// a = σ(w x + b), give ∂C/∂w and ∂C/∂b (level 1); two neurons in a chain a₂ = σ(w₂ σ(w₁ x + b₁) + b₂),
// give ∂C/∂w₁ and ∂C/∂w₂ (level 2). Answers to 4 significant figures.
import { defineSkill } from "../../define";
import { paren } from "../../tex";
import { act, actPrime, FOUR_SF, num, sig4 } from "./nn";

type Data = { x: number; y: number; w?: number; b?: number; w1?: number; b1?: number; w2?: number; b2?: number };
type Slip = { noPrime?: boolean; noTwo?: boolean; primeOfOutput?: boolean };

const sigma = (z: number) => act("sigmoid", z);
/** σ'(z), or a slip: 1 (forgot it), or σ'(a) (used the output instead of the pre-activation). */
const sp = (z: number, s: Slip) => (s.noPrime ? 1 : s.primeOfOutput ? actPrime("sigmoid", sigma(z)) : actPrime("sigmoid", z));

/** The two requested gradients [first, second] with their part names. */
function grads(d: Data, s: Slip = {}): [number, number] {
  const two = s.noTwo ? 1 : 2;
  if (d.w !== undefined) {
    const z = d.w * d.x + d.b!;
    const delta = two * (sigma(z) - d.y) * sp(z, s);
    return [delta * d.x, delta];
  }
  const z1 = d.w1! * d.x + d.b1!;
  const a1 = sigma(z1);
  const z2 = d.w2! * a1 + d.b2!;
  const delta2 = two * (sigma(z2) - d.y) * sp(z2, s);
  return [delta2 * d.w2! * sp(z1, s) * d.x, delta2 * a1];
}

const names = (d: Data): [string, string] => (d.w !== undefined ? ["dw", "db"] : ["dw1", "dw2"]);
const partsText = (d: Data, g: [number, number]) => `${names(d)[0]} = ${num(g[0])}; ${names(d)[1]} = ${num(g[1])}`;

export default defineSkill<Data>({
  id: "mc.chain.backprop",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  policy: FOUR_SF,
  build(rng, level) {
    let data: Data;
    for (;;) {
      const x = rng.nonZeroInt(-2, 2);
      const y = rng.int(0, 1);
      data = level === 1
        ? { x, y, w: rng.nonZeroInt(-2, 2), b: rng.int(-2, 2) }
        : { x, y, w1: rng.nonZeroInt(-2, 2), b1: rng.int(-1, 1), w2: rng.nonZeroInt(-2, 2), b2: rng.int(-1, 1) };
      const g = grads(data);
      // gradients large enough to state to 4 significant figures without tiny magnitudes
      if (g.every((v) => Math.abs(v) >= 0.005)) break;
    }
    const g = grads(data);
    const [n1, n2] = names(data);
    let solution: string[];
    let prompt: string;
    if (level === 1) {
      const z = data.w! * data.x + data.b!;
      const a = sigma(z);
      prompt = `A single neuron $a = \\sigma(w x + b)$ with the sigmoid $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ has $w = ${data.w}$, $b = ${data.b}$. For the training example $x = ${data.x}$, $y = ${data.y}$ the cost is $C = (a - y)^2$. Find $\\dfrac{\\partial C}{\\partial w}$ and $\\dfrac{\\partial C}{\\partial b}$ to 4 significant figures. Answer as \`dw = …; db = …\`.`;
      solution = [
        `Forward: $z = ${data.w}\\cdot${paren(data.x)} + ${paren(data.b!)} = ${z}$, $a = \\sigma(${z}) \\approx ${sig4(a)}$.`,
        `Chain rule: $\\dfrac{\\partial C}{\\partial w} = \\dfrac{\\partial C}{\\partial a}\\,\\dfrac{da}{dz}\\,\\dfrac{\\partial z}{\\partial w} = 2(a - y)\\,\\sigma'(z)\\,x$ and $\\dfrac{\\partial C}{\\partial b} = 2(a - y)\\,\\sigma'(z)\\cdot 1$.`,
        `$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\approx ${sig4(actPrime("sigmoid", z))}$ and $2(a - y) \\approx ${sig4(2 * (a - data.y))}$.`,
        `So $\\partial C/\\partial w \\approx ${sig4(g[0])}$ and $\\partial C/\\partial b \\approx ${sig4(g[1])}$.`,
      ];
    } else {
      const z1 = data.w1! * data.x + data.b1!;
      const a1 = sigma(z1);
      const z2 = data.w2! * a1 + data.b2!;
      const a2 = sigma(z2);
      prompt = `Two sigmoid neurons in a chain: $a_1 = \\sigma(w_1 x + b_1)$, $a_2 = \\sigma(w_2 a_1 + b_2)$, with $\\sigma(z) = \\frac{1}{1 + e^{-z}}$, $w_1 = ${data.w1}$, $b_1 = ${data.b1}$, $w_2 = ${data.w2}$, $b_2 = ${data.b2}$. For the example $x = ${data.x}$, $y = ${data.y}$ the cost is $C = (a_2 - y)^2$. Find $\\dfrac{\\partial C}{\\partial w_1}$ and $\\dfrac{\\partial C}{\\partial w_2}$ to 4 significant figures. Answer as \`dw1 = …; dw2 = …\`.`;
      solution = [
        `Forward: $z_1 = ${z1}$, $a_1 \\approx ${sig4(a1)}$, $z_2 = w_2 a_1 + b_2 \\approx ${sig4(z2)}$, $a_2 \\approx ${sig4(a2)}$.`,
        `Output error: $\\delta_2 = \\dfrac{\\partial C}{\\partial z_2} = 2(a_2 - y)\\,\\sigma'(z_2) \\approx ${sig4(2 * (a2 - data.y) * actPrime("sigmoid", z2))}$, with $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$.`,
        `$\\dfrac{\\partial C}{\\partial w_2} = \\delta_2\\, a_1 \\approx ${sig4(g[1])}$.`,
        `Back one layer: $\\delta_1 = \\delta_2\\, w_2\\, \\sigma'(z_1)$, and $\\dfrac{\\partial C}{\\partial w_1} = \\delta_1\\, x \\approx ${sig4(g[0])}$.`,
      ];
    }
    return {
      data,
      prompt,
      answer: partsText(data, g),
      parseOptions: { parts: { [n1]: "number", [n2]: "number" } },
      solution,
      hints: [
        "Do the forward pass first and keep $z$ and $a$ for every neuron.",
        "Multiply the local derivatives along the path from $C$ back to the weight: $\\partial C/\\partial a$, then $\\sigma'(z)$, then $\\partial z/\\partial w$ (and through $w_2$ and the first neuron for $w_1$).",
      ],
    };
  },
  mistakes: [
    {
      tag: "forgot-activation-derivative",
      feedback: "You left out the derivative of the activation: between $a$ and $z$ the chain rule needs the factor $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$.",
      wrong: (p) => partsText(p.data, grads(p.data, { noPrime: true })),
    },
    {
      tag: "forgot-factor-2",
      feedback: "You dropped the factor 2: $\\frac{\\partial}{\\partial a}(a - y)^2 = 2(a - y)$.",
      wrong: (p) => partsText(p.data, grads(p.data, { noTwo: true })),
    },
    {
      tag: "sigma-prime-of-output",
      feedback: "You evaluated $\\sigma'$ at the output $a$ instead of the pre-activation $z$. Use $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = a(1 - a)$.",
      wrong: (p) => partsText(p.data, grads(p.data, { primeOfOutput: true })),
    },
  ],
  notes: {
    body: `**Backpropagation** computes the gradient of a cost with respect to every weight by the chain rule, working backwards from the output. For one sigmoid neuron $a = \\sigma(z)$, $z = w x + b$, with cost $C = (a - y)^2$:
$$\\frac{\\partial C}{\\partial w} = \\underbrace{2(a - y)}_{\\partial C/\\partial a}\\;\\underbrace{\\sigma'(z)}_{da/dz}\\;\\underbrace{x}_{\\partial z/\\partial w}, \\qquad \\frac{\\partial C}{\\partial b} = 2(a - y)\\,\\sigma'(z),$$
with $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$. For an earlier layer the chain just grows: the error $\\delta = \\partial C/\\partial z$ of a neuron is passed back through the weight that connects it and multiplied by the earlier neuron's $\\sigma'$.

Why it matters for machine learning: this is how every neural network is trained — one forward pass to compute the $z$'s and $a$'s, one backward pass to turn them into the gradient that gradient descent follows.

Example: $w = 1$, $b = 0$, $x = 1$, $y = 0$: $z = 1$, $a \\approx 0.7311$, $\\sigma'(1) \\approx 0.1966$, so $\\partial C/\\partial w = \\partial C/\\partial b \\approx 2(0.7311)(0.1966) \\approx 0.2875$.`,
  },
});
