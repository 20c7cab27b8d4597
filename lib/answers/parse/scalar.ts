// Reads one scalar (number, complex number or expression) with mathjs's parser, then walks the
// tree: only whitelisted names and operators pass, and constant parts are valued exactly.
import { add, type Cx, div, isRealQ, literalFraction, mul, neg, pow, real } from "./cx";
import { applyFunction } from "./functions";
import { math, type MathNode, newFraction } from "./mathjs";
import { CONSTANTS, findWord, FUNCTIONS, suggestion, unknownNameMessage } from "./names";
import { fail, MAX_DEPTH, type Src } from "./source";
import {
  absSurd, addSurd, divSurd, isRationalSurd, mulSurd, negSurd, powSurd, radicandSimplifies, rationalSurd, rootSimplifies,
  sqrtSurd, type SurdOrNull, surdNode,
} from "./surds";
import { syntaxMessage } from "./syntax-errors";

export interface ScalarContext {
  /** Allowed variables, or "letters": any single letter (expect unset). */
  vars: readonly string[] | "letters";
  /** Whether `i` is the imaginary unit. */
  complex: boolean;
  /** Write the whole value as a surd k*sqrt(n) (or a rational) when it is one: a product the parser formed. */
  simplify?: boolean;
}

export interface Scalar {
  /** The tree as the learner wrote it (brackets kept), for the LaTeX preview. */
  shown: MathNode;
  /** The same tree with rational constant parts folded, for canonical text. */
  canon: MathNode;
  /** The value when the scalar has no variables. */
  value: Cx | null;
  /** True when no literal had a decimal point (so the value is exact). */
  exact: boolean;
  vars: string[];
}

/**
 * `sd` is the exact value when it is a surd k·√n reached through a square root (rational
 * values are in `v.q`, so plain arithmetic pays nothing for surds); `messy` marks a subtree holding a square root
 * with a square factor to take out (`sqrt(12)`), whose canonical text is then the simplified surd.
 */
interface Walked { shown: MathNode; canon: MathNode; v: Cx | null; sd: SurdOrNull; messy: boolean }
interface State { src: Src; s: number; text: string; ctx: ScalarContext; vars: Set<string>; depth: number }

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const OPS: Record<string, string> = {
  add: "+", subtract: "-", multiply: "*", divide: "/", pow: "^", unaryMinus: "-", unaryPlus: "+",
};
const FORBIDDEN: Record<string, [string, string]> = {
  AssignmentNode: ["=", "'=' is not allowed here"],
  FunctionAssignmentNode: ["=", "'=' is not allowed here"],
  ArrayNode: ["[", "square brackets here must hold a whole vector or matrix"],
  ObjectNode: ["{", "braces here must hold a whole set"],
  RangeNode: [":", "':' is not allowed in an answer"],
  ConditionalNode: ["?", "'?' is not allowed in an answer"],
  BlockNode: [";", "';' only separates matrix rows inside [ ]"],
  RelationalNode: ["<", "comparisons are not allowed in an answer"],
  AccessorNode: ["[", "'[' cannot follow a value here"],
  IndexNode: ["[", "'[' cannot follow a value here"],
};

/** `12`, `-3`, `6/4`: digits only, few enough that Number() is exact and the value finite. */
const SIMPLE_RATIONAL = /^(-?)(\d{1,15})(?:\/(\d{1,15}))?$/;

/**
 * Most entries of generated answers are plain integers and fractions. Their value and exact form
 * are computed here directly (the same float and Fraction as the full reader's steps give:
 * negate, then divide); the mathjs trees, needed only for a preview or a canonical tree, are built
 * by the full reader on first use. Hand-written because parsing and walking a tree per entry was
 * most of the cost (and garbage) of reading a matrix answer.
 */
function simpleRational(src: Src, s: number, e: number, ctx: ScalarContext, text: string): Scalar | null {
  const m = SIMPLE_RATIONAL.exec(text);
  if (!m) return null;
  const n = m[1] === "-" ? -Number(m[2]) : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (d === 0) return null; // the full reader reports the division by zero
  return new SimpleRational(real(m[3] === undefined ? n : n / d, newFraction(n, d)), () => readScalarFull(src, s, e, ctx, text));
}

/** A Scalar whose trees come from the full reader on first use (getters on the prototype, not per object). */
class SimpleRational implements Scalar {
  readonly exact = true;
  readonly vars: string[] = [];
  private full: Scalar | undefined;

  constructor(
    readonly value: Cx,
    private readonly read: () => Scalar,
  ) {}

  get shown(): MathNode {
    return (this.full ??= this.read()).shown;
  }

  get canon(): MathNode {
    return (this.full ??= this.read()).canon;
  }
}

export function readScalar(src: Src, s: number, e: number, ctx: ScalarContext): Scalar {
  const text = src.text.slice(s, e);
  return simpleRational(src, s, e, ctx, text) ?? readScalarFull(src, s, e, ctx, text);
}

function readScalarFull(src: Src, s: number, e: number, ctx: ScalarContext, text: string): Scalar {
  const exact = !text.includes(".");
  if (PLAIN_NUMBER.test(text)) {
    const node = new math.ConstantNode(math.bignumber(text.replace("-", "")));
    const shown = text.startsWith("-") ? new math.OperatorNode("-", "unaryMinus", [node]) : node;
    const st: State = { src, s, text, ctx, vars: new Set(), depth: 0 };
    const w = walk(shown, st);
    return { shown: w.shown, canon: w.canon, value: w.v, exact, vars: [] };
  }
  let tree: MathNode;
  try {
    tree = math.parse(text);
  } catch (err) {
    const { message, at } = syntaxMessage(err, text);
    fail(src, s + at, message);
  }
  const st: State = { src, s, text, ctx, vars: new Set(), depth: 0 };
  const walked = walk(tree, st);
  const w = ctx.simplify ? settle({ ...walked, messy: true }) : walked;
  return { shown: w.shown, canon: w.canon, value: w.v, exact, vars: [...st.vars].sort() };
}

function at(st: State, chars: string): number {
  for (let k = 0; k < st.text.length; k++) if (chars.includes(st.text[k])) return st.s + k;
  return st.s;
}

function constant(v: Cx): MathNode {
  if (v.q && v.q[1].n === 0n) return new math.ConstantNode(v.q[0]);
  return new math.ConstantNode(v.re);
}

/** Signs, powers, calls and brackets nest; sums and products are flat lists in disguise. */
const NESTS = new Set(["ParenthesisNode", "FunctionNode"]);

function walk(node: MathNode, st: State): Walked {
  const n = node as MathNode & Record<string, unknown>;
  const nests = NESTS.has(node.type) || (node.type === "OperatorNode" && (n.args as MathNode[]).length === 1) || n.fn === "pow";
  if (nests && ++st.depth > MAX_DEPTH) fail(st.src, st.s, `the answer is nested deeper than ${MAX_DEPTH} levels (column {col})`);
  try {
    return walkNode(node, n, st);
  } finally {
    if (nests) st.depth--;
  }
}

function walkNode(node: MathNode, n: MathNode & Record<string, unknown>, st: State): Walked {
  switch (node.type) {
    case "ConstantNode": {
      const literal = n.value as { toFixed?: () => string; toNumber?: () => number };
      if (!math.isBigNumber(literal)) fail(st.src, at(st, "\"'"), "quotes are not allowed in an answer (column {col})");
      const value = literal.toNumber!();
      if (!Number.isFinite(value)) fail(st.src, st.s, "this number is too large (column {col})");
      // A decimal literal stays a float so an expression keeps the learner's 2.5, not 5/2.
      const digits = literal.toFixed!();
      const decimal = st.text.includes(".") && digits.includes(".");
      const v = real(value, decimal ? null : literalFraction(digits));
      return { shown: node, canon: constant(v), v, sd: null, messy: false };
    }
    case "SymbolNode":
      return symbol(n.name as string, st, plain(node) ? node : undefined);
    case "ParenthesisNode": {
      const inner = walk(n.content as MathNode, st);
      return { ...inner, shown: inner.shown === n.content && plain(node) ? node : new math.ParenthesisNode(inner.shown) };
    }
    case "OperatorNode":
      return operator(n as unknown as import("mathjs").OperatorNode, st);
    case "FunctionNode":
      return call(n as unknown as import("mathjs").FunctionNode, st);
    default: {
      const [ch, message] = FORBIDDEN[node.type] ?? ["", "this is not allowed in an answer"];
      return fail(st.src, at(st, ch), `${message} (column {col})`);
    }
  }
}

function isVariable(name: string, st: State): boolean {
  const { vars } = st.ctx;
  if (vars === "letters") return /^[A-Za-z]$/.test(name) && name !== "e" && !(name === "i" && st.ctx.complex);
  return vars.includes(name);
}

/** `xy` is x·y when x and y are variables, unless it looks like a misspelt function (`sqr`). */
function isProductOfVariables(name: string, st: State): boolean {
  if (name.length < 2 || ![...name].every((c) => isVariable(c, st))) return false;
  if (st.ctx.vars !== "letters") return true;
  return suggestion(name, "letters") === null && !Object.keys(FUNCTIONS).some((f) => name.includes(f));
}

/**
 * The shown tree (LaTeX preview only) reuses the learner's parsed node where the copy would be
 * identical — same kind, operator or name, and the same shown children — instead of rebuilding
 * every node: fewer allocations per read. A node with a comment or a percentage is rebuilt.
 */
const plain = (node: MathNode): boolean => {
  const n = node as MathNode & { comment?: string; isPercentage?: boolean };
  return !n.comment && !n.isPercentage;
};

function symbol(name: string, st: State, parsed?: MathNode): Walked {
  const node = new math.SymbolNode(name);
  const shown = parsed ?? node;
  if (isVariable(name, st)) {
    st.vars.add(name);
    return { shown, canon: node, v: null, sd: null, messy: false };
  }
  const leaf = (v: Cx): Walked => ({ shown, canon: node, v, sd: null, messy: false });
  if (name === "pi") return leaf(real(Math.PI));
  if (name === "e") return leaf(real(Math.E));
  if (name === "i" && st.ctx.complex) return leaf({ re: 0, im: 1, q: [literalFraction("0")!, literalFraction("1")!] });
  const where = findWord(st.text, name);
  const k = st.s + Math.max(where, 0);
  if (name === "i") fail(st.src, k, "complex numbers are not allowed in this answer (column {col})");
  if (isProductOfVariables(name, st)) {
    // `xy` is x·y when x and y are the question's variables and no name `xy` exists.
    const parts = [...name].map((c) => symbol(c, st));
    const out = parts.reduce((a, b) => ({
      shown: new math.OperatorNode("*", "multiply", [a.shown, b.shown], true),
      canon: new math.OperatorNode("*", "multiply", [a.canon, b.canon], true),
      v: null, sd: null, messy: false,
    }));
    SPLIT.add(out.canon);
    return out;
  }
  if (name in FUNCTIONS) fail(st.src, k, `'${name}' needs brackets around its argument, e.g. ${name}(x) (column {col})`);
  return fail(st.src, k, unknownNameMessage(name, st.ctx.vars));
}

function operator(node: import("mathjs").OperatorNode, st: State): Walked {
  const op = OPS[node.fn];
  if (!op) {
    const message = ["smaller", "larger", "equal", "unequal", "smallerEq", "largerEq"].includes(node.fn)
      ? "comparisons are not allowed in an answer" : `'${node.op}' is not allowed in an answer`;
    return fail(st.src, at(st, node.op), `${message} (column {col})`);
  }
  const args = node.args.map((a) => walk(a, st));
  const shown = plain(node) && args.every((a, k) => a.shown === node.args[k])
    ? node
    : new math.OperatorNode(node.op as "+", node.fn as "add", args.map((a) => a.shown), node.implicit);
  if (node.fn === "unaryPlus") return { ...args[0], shown };
  const vs = args.map((a) => a.v);
  let v: Cx | null = null;
  if (vs.every((x) => x !== null)) {
    const [a, b] = vs as Cx[];
    if (node.fn === "add") v = add(a, b);
    else if (node.fn === "subtract") v = add(a, b, -1);
    else if (node.fn === "multiply") v = mul(a, b);
    else if (node.fn === "unaryMinus") v = neg(a);
    else if (node.fn === "pow") v = pow(a, b);
    else {
      v = div(a, b);
      if (!v) fail(st.src, at(st, "/"), "division by zero at column {col}");
    }
    checkFinite(v, st);
  }
  const canon = v && v.q && v.q[1].n === 0n
    ? constant(v)
    : node.fn === "multiply"
      ? multiplyCanon(args[0].canon, args[1].canon, node.implicit)
      : new math.OperatorNode(node.op as "+", node.fn as "add", args.map((a) => a.canon), node.implicit);
  const half = node.fn === "pow" && args[1].v !== null && isRealQ(args[1].v) && args[1].v.q![0].d === 2n;
  const [sa, sb] = args.some((a) => a.sd) || half ? args.map(surdOf) : [null, null];
  const sd = node.fn === "add" ? addSurd(sa, sb) : node.fn === "subtract" ? addSurd(sa, sb, -1)
    : node.fn === "multiply" ? mulSurd(sa, sb) : node.fn === "divide" ? divSurd(sa, sb)
      : node.fn === "unaryMinus" ? negSurd(sa) : powSurd(sa, sb);
  const rootWithSquare = half && radicandSimplifies(sa);
  return settle({ shown, canon, v, sd, messy: rootWithSquare || args.some((a) => a.messy) });
}

/** The exact surd of a subtree: its `sd`, or its rational value as a surd. */
function surdOf(w: Walked): SurdOrNull {
  return w.sd ?? (w.v && isRealQ(w.v) ? rationalSurd(w.v.q![0]) : null);
}

/**
 * A messy subtree (see Walked) whose value is a surd takes the surd's canonical tree; one whose
 * value turned out rational (`sqrt(12)*sqrt(3)`) becomes that exact rational.
 */
function settle(w: Walked): Walked {
  if (!w.messy || !w.sd || !w.v) return w;
  // The float of k*sqrt(n) itself, so the value matches what the canonical text reads back to.
  if (!isRationalSurd(w.sd)) return { ...w, v: real(w.sd.value()), canon: surdNode(w.sd) };
  const v = real(w.sd.value(), w.sd.k);
  return { ...w, v, canon: constant(v) };
}

/** Products made by splitting `xy` hang to the right of mathjs's `2*(xy)`; re-hang them left. */
const SPLIT = new WeakSet<MathNode>();

function multiplyCanon(a: MathNode, b: MathNode, implicit: boolean): MathNode {
  if (!SPLIT.has(b)) return new math.OperatorNode("*", "multiply", [a, b], implicit);
  const [left, right] = (b as import("mathjs").OperatorNode).args;
  return new math.OperatorNode("*", "multiply", [multiplyCanon(a, left, true), right], true);
}

function checkFinite(v: Cx, st: State): void {
  if (!Number.isFinite(v.re) || !Number.isFinite(v.im)) {
    fail(st.src, st.s, "this value is not a finite number: a division by zero or an overflow (column {col})");
  }
}

function call(node: import("mathjs").FunctionNode, st: State): Walked {
  const name = (node.fn as unknown as { name?: string }).name ?? "";
  const k = st.s + Math.max(findWord(st.text, name), 0);
  const canonical = FUNCTIONS[name];
  if (!canonical) {
    if (node.args.length === 1 && (isVariable(name, st) || CONSTANTS.includes(name) || isProductOfVariables(name, st))) {
      // `x(x + 1)` and `2pi(3)` are products, not calls.
      const left = symbol(name, st);
      const right = walk(new math.ParenthesisNode(node.args[0]), st);
      return product(left, right, st);
    }
    return fail(st.src, k, unknownNameMessage(name, st.ctx.vars));
  }
  if (node.args.length !== 1) fail(st.src, k, `${name} takes exactly one argument (column {col})`);
  const arg = walk(node.args[0], st);
  const shownName = name === "ln" ? "log" : canonical;
  const shown = shownName === name && arg.shown === node.args[0] && plain(node) ? node : new math.FunctionNode(shownName, [arg.shown]);
  let v: Cx | null = null;
  if (arg.v) {
    v = applyFunction(canonical, arg.v);
    checkFinite(v, st);
  }
  const canon = v && v.q && v.q[1].n === 0n ? constant(v) : new math.FunctionNode(canonical, [arg.canon]);
  const root = canonical === "sqrt" && !(v && isRealQ(v)); // a rational root is exact in v.q already
  const radicand = root ? surdOf(arg) : null;
  const sd = root ? sqrtSurd(radicand) : canonical === "abs" ? absSurd(arg.sd) : null;
  const messy = arg.messy || (root && rootSimplifies(radicand, sd));
  return settle({ shown, canon, v, sd, messy });
}

function product(left: Walked, right: Walked, st: State): Walked {
  const v = left.v && right.v ? mul(left.v, right.v) : null;
  if (v) checkFinite(v, st);
  const shown = new math.OperatorNode("*", "multiply", [left.shown, right.shown], true);
  const canon = v && v.q && v.q[1].n === 0n ? constant(v) : new math.OperatorNode("*", "multiply", [left.canon, right.canon], true);
  const sd = left.sd || right.sd ? mulSurd(surdOf(left), surdOf(right)) : null;
  return settle({ shown, canon, v, sd, messy: left.messy || right.messy });
}
