// The names an answer may use: a whitelist of functions and constants plus the question's
// variables, with "did you mean" suggestions for near misses such as `sinx`.

/** Learner spelling → mathjs name. mathjs `log` is the natural logarithm. */
export const FUNCTIONS: Record<string, string> = {
  sqrt: "sqrt", exp: "exp", ln: "log", log: "log", abs: "abs",
  sin: "sin", cos: "cos", tan: "tan", sec: "sec", csc: "csc", cot: "cot",
  asin: "asin", acos: "acos", atan: "atan", arcsin: "asin", arccos: "acos", arctan: "atan",
  sinh: "sinh", cosh: "cosh", tanh: "tanh",
};

export const CONSTANTS = ["pi", "e", "i"];

/** Plain Levenshtein distance; a dependency for ten lines would not pay for itself. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** What a near-miss name probably meant (`sinx` → `sin(x)`, `sqr` → `sqrt`), or null. */
export function suggestion(name: string, vars: readonly string[] | "letters"): string | null {
  const isVar = (s: string) => (vars === "letters" ? /^[a-zA-Z]$/.test(s) : vars.includes(s));
  for (const fn of FUNCTION_NAMES) {
    const rest = name.slice(fn.length);
    if (name.startsWith(fn) && rest && (isVar(rest) || /^\d+$/.test(rest))) return `${fn}(${rest})`;
  }
  if (name.length > 2) return [...FUNCTION_NAMES, "pi"].find((k) => editDistance(k, name) === 1) ?? null;
  return null;
}

const FUNCTION_NAMES = Object.keys(FUNCTIONS).sort((a, b) => b.length - a.length);

/** A message for a name that is neither a function, a constant nor an allowed variable. */
export function unknownNameMessage(name: string, vars: readonly string[] | "letters"): string {
  const head = `unknown name '${name}'`;
  const hint = suggestion(name, vars);
  if (hint) return `${head} — did you mean ${hint}?`;
  if (vars === "letters") return `${head} — variables are single letters such as x`;
  if (vars.length === 0) return `${head} — this answer takes numbers only, no variables`;
  return `${head} — this answer can use ${vars.join(", ")}`;
}

/** 0-based index of `name` as a whole word in `text`, or -1. */
export function findWord(text: string, name: string): number {
  const re = new RegExp(`(?<![A-Za-z_])${name.replace(/[^A-Za-z0-9_]/g, "")}(?![A-Za-z0-9_])`);
  return re.exec(text)?.index ?? -1;
}
