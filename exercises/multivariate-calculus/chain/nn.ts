// Tiny neural networks shared by nn-forward and backprop: activations, their derivatives, and
// numbers printed for the answer language (10 significant figures; learners give 4).
export type Activation = "sigmoid" | "tanh" | "relu";

export const act = (a: Activation, z: number): number =>
  a === "sigmoid" ? 1 / (1 + Math.exp(-z)) : a === "tanh" ? Math.tanh(z) : Math.max(0, z);

/** dσ/dz at z. */
export function actPrime(a: Activation, z: number): number {
  if (a === "sigmoid") {
    const s = act(a, z);
    return s * (1 - s);
  }
  return a === "tanh" ? 1 - Math.tanh(z) ** 2 : z > 0 ? 1 : 0;
}

export const ACT_TEX: Record<Activation, string> = {
  sigmoid: "\\sigma(z) = \\dfrac{1}{1 + e^{-z}}",
  tanh: "\\tanh z",
  relu: "\\mathrm{ReLU}(z) = \\max(0, z)",
};
export const ACT_NAME: Record<Activation, string> = { sigmoid: "sigmoid", tanh: "tanh", relu: "ReLU" };
/** The activation as a function name in LaTeX. */
export const ACT_FN: Record<Activation, string> = { sigmoid: "\\sigma", tanh: "\\tanh", relu: "\\mathrm{ReLU}" };

/** A float as answer-language text: integers exactly, otherwise 10 significant figures. */
export const num = (x: number): string => {
  const r = Math.abs(x) < 1e-12 ? 0 : x;
  return Number.isInteger(r) ? String(r) : String(Number(r.toPrecision(10)));
};

/** 4 significant figures for solution text. */
export const sig4 = (x: number): string => (Number.isInteger(x) ? String(x) : x.toPrecision(4));

/** Tolerance for decimals typed to 4 significant figures. */
export const FOUR_SF = { sigFigs: 4, relTol: 5e-4 };
