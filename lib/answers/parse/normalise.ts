// Rewrites what mathjs does not read (√, π, ±, unicode operators, sin^2(x)) into plain ASCII
// answer-language text, keeping a column map back to the learner's original text.
import { FUNCTIONS } from "./names";
import type { Src } from "./source";

const SINGLE: Record<string, string> = {
  "\u2212": "-", "\u2013": "-", "\u2014": "-", "\u00d7": "*", "\u00b7": "*", "\u22c5": "*",
  "\u2219": "*", "\u00f7": "/", "\u00b2": "^2", "\u00b3": "^3", "\u03c0": "pi", "\u2205": "{}", "\u03bb": "lambda",
  "\u00b1": "\u00b1", "\u2213": "\u00b1", "\r": "", "\u2009": " ", "\u00a0": " ", "\uff0c": ",",
};

const TRIG_POWER = /\b(sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|ln|log)\^(\d+|\([^()]*\))\s*\(/;

export function normalise(raw: string): Src {
  let text = "";
  const map: number[] = [];
  const emit = (s: string, at: number) => {
    text += s;
    for (let j = 0; j < s.length; j++) map.push(at);
  };
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k];
    if (ch === "+" && raw[k + 1] === "-") { emit("\u00b1", k); k += 1; continue; }
    if (ch === "+" && raw[k + 1] === "/" && raw[k + 2] === "-") { emit("\u00b1", k); k += 2; continue; }
    if (ch === "\u221a") { k = emitRoot(raw, k, emit); continue; }
    if (ch === "\u03c0" && /[A-Za-z0-9(]/.test(raw[k + 1] ?? "")) { emit("pi*", k); continue; }
    const rep = SINGLE[ch];
    emit(rep ?? ch, k);
  }
  map.push(raw.length);
  return bracketLoneExponents(rewriteTrigPowers({ text, map }));
}

// A power whose exponent is one name or number, followed by a bracket: `e^x (3 + x)`.
const LONE_EXPONENT = /\^(-?)([A-Za-z]\w*|\d+(?:\.\d+)?)(?=\s*\()/g;

/**
 * `e^x (3 + x)` means e^x·(3 + x) in every textbook, but mathjs's implicit multiplication binds
 * tighter than `^` and reads e^(x·(3 + x)); bracketing the lone exponent, `e^(x) (3 + x)`, gives
 * the textbook reading. A function name as exponent (`e^sin(x)`) is left alone.
 */
function bracketLoneExponents(src: Src): Src {
  let text = "";
  const map: number[] = [];
  let last = 0;
  for (const m of src.text.matchAll(LONE_EXPONENT)) {
    if (m[2] in FUNCTIONS) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    text += src.text.slice(last, at + 1) + "(" + src.text.slice(at + 1, end) + ")";
    map.push(...src.map.slice(last, at + 1), src.map[at + 1], ...src.map.slice(at + 1, end), src.map[end - 1]);
    last = end;
  }
  if (last === 0) return src;
  text += src.text.slice(last);
  map.push(...src.map.slice(last));
  return { text, map };
}

/** `√29` → `sqrt(29)`, `√x` → `sqrt(x)`, `√(…)` → `sqrt(…)`. Returns the last index consumed. */
function emitRoot(raw: string, k: number, emit: (s: string, at: number) => void): number {
  emit("sqrt", k);
  let j = k + 1;
  while (raw[j] === " ") j++;
  if (raw[j] === "\u221a") {
    emit("(", k);
    const last = emitRoot(raw, j, emit);
    emit(")", last);
    return last;
  }
  const operand = /^(\d+(\.\d*)?|[A-Za-z]+|\u03c0)/.exec(raw.slice(j));
  if (!operand) return j - 1;
  emit("(", k);
  for (let t = 0; t < operand[0].length; t++) emit(operand[0][t] === "\u03c0" ? "pi" : operand[0][t], j + t);
  emit(")", j + operand[0].length - 1);
  return j + operand[0].length - 1;
}

/** `sin^2(x)` means `sin(x)^2` in every textbook; mathjs would read `sin^(2(x))`. */
function rewriteTrigPowers(src: Src): Src {
  let { text, map } = src;
  for (let guard = 0; guard < 200; guard++) {
    const m = TRIG_POWER.exec(text);
    if (!m) break;
    const nameEnd = m.index + m[1].length;
    const powStart = nameEnd + 1;
    const powEnd = powStart + m[2].length;
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let close = -1;
    for (let k = open; k < text.length; k++) {
      if (text[k] === "(") depth++;
      else if (text[k] === ")" && --depth === 0) { close = k; break; }
    }
    if (close < 0) break; // unbalanced: the bracket check reports it
    const pieces: [number, number][] = [[m.index, nameEnd], [open, close + 1], [nameEnd, powEnd]];
    let t = text.slice(0, m.index);
    const mp = map.slice(0, m.index);
    for (const [a, b] of pieces) { t += text.slice(a, b); mp.push(...map.slice(a, b)); }
    t += text.slice(close + 1);
    mp.push(...map.slice(close + 1));
    text = t;
    map = mp;
  }
  return { text, map };
}
