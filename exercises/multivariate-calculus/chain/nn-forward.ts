// mc.chain.nn-forward — a forward pass: one neuron a = σ(w·x + b) on 2–3 inputs (level 1), or
// 2 inputs → 2 hidden neurons → 1 output, a = σ(w₂·σ(W₁x + b₁) + b₂) (level 2), with sigmoid,
// tanh or ReLU; weights in −2..2, inputs small integers; output to 4 significant figures.
import { matLatex, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { paren } from "../../tex";
import { act, ACT_FN, ACT_NAME, ACT_TEX, FOUR_SF, num, sig4, type Activation } from "./nn";

type Data = { x: number[]; activation: Activation; w?: number[]; b?: number; W1?: number[][]; b1?: number[]; w2?: number[]; b2?: number };

const dotv = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

/** Output of the network, with optional slips: no bias, activation applied to inputs first, another activation, none at all. */
function forward(d: Data, slip: { noBias?: boolean; actFirst?: boolean; as?: Activation | "none" } = {}): number {
  const f = (z: number) => (slip.as === "none" ? z : act(slip.as ?? d.activation, z));
  const layer = (w: number[], b: number, x: number[]) =>
    f(slip.actFirst ? dotv(w, x.map(f)) + (slip.noBias ? 0 : b) : dotv(w, x) + (slip.noBias ? 0 : b));
  if (d.w) return layer(d.w, d.b!, d.x);
  const h = d.W1!.map((row, i) => layer(row, d.b1![i], d.x));
  return layer(d.w2!, d.b2!, h);
}

const other = (a: Activation): Activation => (a === "sigmoid" ? "tanh" : "sigmoid");

export default defineSkill<Data>({
  id: "mc.chain.nn-forward",
  version: 1,
  levels: [1, 2],
  expects: "number",
  policy: FOUR_SF,
  build(rng, level) {
    const activation = rng.pick(["sigmoid", "tanh", "relu"] as const);
    let data: Data;
    for (;;) {
      const x = Array.from({ length: level === 1 ? rng.int(2, 3) : 2 }, () => rng.int(-3, 3));
      data = level === 1
        ? { x, activation, w: x.map(() => rng.nonZeroInt(-2, 2)), b: rng.int(-2, 2) }
        : { x, activation, W1: [0, 1].map(() => x.map(() => rng.nonZeroInt(-2, 2))), b1: [rng.int(-2, 2), rng.int(-2, 2)], w2: [rng.nonZeroInt(-2, 2), rng.nonZeroInt(-2, 2)], b2: rng.int(-2, 2) };
      const out = forward(data);
      // not saturated, and for ReLU mostly a live output (zero 1 time in 6)
      const zs = level === 1 ? [dotv(data.w!, x) + data.b!] : data.W1!.map((r, i) => dotv(r, x) + data.b1![i]);
      if (zs.every((z) => Math.abs(z) <= 3) && !x.every((v) => v === 0) && (activation !== "relu" || out > 0 || rng.int(1, 6) === 1)) break;
    }
    const out = forward(data);
    const name = ACT_NAME[activation];
    const fnTex = ACT_FN[activation];
    const steps: string[] = [];
    if (data.w) {
      const z = dotv(data.w, data.x) + data.b!;
      steps.push(
        `Weighted sum: $z = \\mathbf{w}\\cdot\\mathbf{x} + b = ${data.w.map((w, i) => `${paren(w)}\\cdot${paren(data.x[i])}`).join(" + ")} + ${paren(data.b!)} = ${z}$.`,
        `Activation: $a = ${activation === "relu" ? "\\max(0, z)" : activation === "tanh" ? "\\tanh z" : "\\sigma(z)"} = ${activation === "relu" ? `\\max(0, ${z})` : `${activation === "tanh" ? "\\tanh" : "\\sigma"}(${z})`} \\approx ${sig4(out)}$.`,
      );
    } else {
      const z1 = data.W1!.map((r, i) => dotv(r, data.x) + data.b1![i]);
      const h = z1.map((z) => act(activation, z));
      const z2 = dotv(data.w2!, h) + data.b2!;
      steps.push(
        `Hidden pre-activations: $\\mathbf{z}^{(1)} = W^{(1)}\\mathbf{x} + \\mathbf{b}^{(1)} = ${vecLatex(z1)}$.`,
        `Hidden outputs: $\\mathbf{a}^{(1)} = ${fnTex}(\\mathbf{z}^{(1)}) \\approx ${vecLatex(h.map(sig4))}$ (keep full precision for the next step).`,
        `Output: $z^{(2)} = \\mathbf{w}^{(2)}\\cdot\\mathbf{a}^{(1)} + b^{(2)} \\approx ${sig4(z2)}$, so $a^{(2)} = ${fnTex}(z^{(2)}) \\approx ${sig4(out)}$.`,
      );
    }
    const net = data.w
      ? `a single neuron $a = ${fnTex}(\\mathbf{w}\\cdot\\mathbf{x} + b)$ with $\\mathbf{w} = ${vecLatex(data.w)}$, $b = ${data.b}$`
      : `a network with two hidden neurons, $\\mathbf{a}^{(1)} = ${fnTex}(W^{(1)}\\mathbf{x} + \\mathbf{b}^{(1)})$ and output $a^{(2)} = ${fnTex}(\\mathbf{w}^{(2)}\\cdot\\mathbf{a}^{(1)} + b^{(2)})$, where $W^{(1)} = ${matLatex(data.W1!)}$, $\\mathbf{b}^{(1)} = ${vecLatex(data.b1!)}$, $\\mathbf{w}^{(2)} = ${vecLatex(data.w2!)}$, $b^{(2)} = ${data.b2}$`;
    return {
      data,
      prompt: `Compute the output of ${net}, for the input $\\mathbf{x} = ${vecLatex(data.x)}$. The activation is ${name}, $${ACT_TEX[activation]}$. Give the output to 4 significant figures.`,
      answer: num(out),
      solution: steps,
      hints: [
        "Weighted sum first, plus the bias; then apply the activation to that sum.",
        data.w ? `Only the final sum goes through the ${name} function.` : "Compute both hidden neurons completely (activation included) before the output neuron.",
      ],
    };
  },
  mistakes: [
    {
      tag: "forgot-bias",
      feedback: "You left out the bias: the pre-activation is $z = \\mathbf{w}\\cdot\\mathbf{x} + b$.",
      wrong: (p) => num(forward(p.data, { noBias: true })),
    },
    {
      tag: "activation-before-sum",
      feedback: "You applied the activation to the inputs before the weighted sum. A neuron first forms $z = \\mathbf{w}\\cdot\\mathbf{x} + b$, then outputs $\\sigma(z)$.",
      wrong: (p) => num(forward(p.data, { actFirst: true })),
    },
    {
      tag: "wrong-activation",
      feedback: (p) => `Use the activation the question names: ${ACT_NAME[p.data.activation]}, $${ACT_TEX[p.data.activation]}$.`,
      wrong: (p) => num(forward(p.data, { as: other(p.data.activation) })),
    },
    {
      tag: "no-activation",
      feedback: "You gave the weighted sum $z$; the neuron's output is the activation applied to it, $\\sigma(z)$.",
      wrong: (p) => num(forward(p.data, { as: "none" })),
    },
  ],
  notes: {
    body: `A **neuron** computes a weighted sum of its inputs plus a bias and passes it through an activation function:
$$z = \\mathbf{w}\\cdot\\mathbf{x} + b, \\qquad a = \\sigma(z).$$
Common activations: the sigmoid $\\sigma(z) = 1/(1 + e^{-z})$ (output between 0 and 1), $\\tanh z$ (between $-1$ and $1$) and $\\mathrm{ReLU}(z) = \\max(0, z)$. A layer applies many neurons at once, $\\mathbf{a} = \\sigma(W\\mathbf{x} + \\mathbf{b})$, and a network feeds each layer's outputs into the next: that is the **forward pass**.

Why it matters for machine learning: the forward pass is how a network makes a prediction, and its intermediate values $z$ and $a$ are exactly what backpropagation reuses to compute gradients.

Example: $\\mathbf{w} = (1, -2)$, $b = 1$, $\\mathbf{x} = (2, 1)$: $z = 2 - 2 + 1 = 1$ and $\\sigma(1) \\approx 0.7311$.`,
  },
});
