// Small LaTeX/text helpers for prompts and solutions that lib/math's vecLatex/matLatex do not cover.

/** A number wrapped in parentheses when negative, for products such as 3·(−2). */
export const paren = (x: number | string): string => (String(x).startsWith("-") ? `(${x})` : String(x));

/** A signed term for sums: "+ 3", "- 2" (first term keeps its own sign). */
export const signed = (x: number, first = false): string =>
  first ? String(x) : x < 0 ? `- ${-x}` : `+ ${x}`;

/** "a\\mathbf{u}" with coefficient 1/−1 written as "" / "-". */
export const coef = (k: number, name: string): string => (k === 1 ? name : k === -1 ? `-${name}` : `${k}${name}`);

/** Join terms into a sum, turning "+ -x" into "- x": ["2a", "-3b"] → "2a - 3b". */
export const joinSigned = (terms: string[]): string =>
  terms.map((t, i) => (i === 0 ? t : t.startsWith("-") ? `- ${t.slice(1)}` : `+ ${t}`)).join(" ");

/** "A - 3I", "A + 2I", "A - I", or "A" for λ = 0: the shifted matrix A − λI written plainly. */
export const minusLambdaI = (lambda: number, name = "A"): string =>
  lambda === 0 ? name : lambda < 0 ? `${name} + ${coef(-lambda, "I")}` : `${name} - ${coef(lambda, "I")}`;
