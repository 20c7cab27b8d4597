// Canonical answer-language text and LaTeX for scalar trees. The text form is compact
// ("2*sqrt(3)", "1 + sqrt(2)", "-1/sqrt(2)") and always reads back to the same value.
import { math, type Fraction, type MathNode } from "./mathjs";

const SUM = 1, PRODUCT = 2, UNARY = 3, POWER = 4, ATOM = 5;

/** A float as text that keeps a decimal point, so it reads back as a decimal (inexact). */
export function decimalText(v: number): string {
  const s = String(v);
  if (s.includes(".")) return s;
  const e = s.indexOf("e");
  return e < 0 ? `${s}.0` : `${s.slice(0, e)}.0${s.slice(e)}`;
}

function constantText(value: unknown): [string, number] {
  if (typeof value === "number") {
    const s = Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : decimalText(value);
    return [s, s.startsWith("-") ? UNARY : ATOM];
  }
  const f = value as Fraction;
  const s = f.toFraction();
  return [s, s.startsWith("-") ? UNARY : s.includes("/") ? PRODUCT : ATOM];
}

function wrap([s, p]: [string, number], min: number): string {
  return p < min ? `(${s})` : s;
}

function isImaginaryUnit(node: MathNode): boolean {
  return node.type === "SymbolNode" && (node as unknown as { name: string }).name === "i";
}

function printPrec(node: MathNode): [string, number] {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case "ConstantNode":
      return constantText(n.value);
    case "SymbolNode":
      return [n.name as string, ATOM];
    case "ParenthesisNode":
      return printPrec(n.content as MathNode);
    case "FunctionNode":
      return [`${(n.fn as { name: string }).name}(${printPrec((n.args as MathNode[])[0])[0]})`, ATOM];
    case "OperatorNode": {
      const args = n.args as MathNode[];
      const fn = n.fn as string;
      if (fn === "unaryMinus") {
        const inner = printPrec(args[0]);
        return [`-${inner[0].startsWith("-") ? `(${inner[0]})` : wrap(inner, POWER)}`, UNARY];
      }
      if (fn === "unaryPlus") return printPrec(args[0]);
      const a = printPrec(args[0]);
      const b = printPrec(args[1]);
      if (fn === "add" || fn === "subtract") {
        if (b[1] === UNARY && b[0].startsWith("-") && !b[0].startsWith("-(")) {
          return [`${a[0]} ${fn === "add" ? "-" : "+"} ${b[0].slice(1)}`, SUM];
        }
        return [`${a[0]} ${fn === "add" ? "+" : "-"} ${wrap(b, PRODUCT)}`, SUM];
      }
      if (fn === "multiply") {
        if (isImaginaryUnit(args[1]) && a[1] === ATOM && /^\d/.test(a[0])) return [`${a[0]}i`, ATOM];
        return [`${wrap(a, PRODUCT)}*${wrap(b, POWER)}`, PRODUCT];
      }
      if (fn === "divide") return [`${wrap(a, PRODUCT)}/${wrap(b, UNARY + 1)}`, PRODUCT];
      return [`${wrap(a, ATOM)}^${wrap(b, ATOM)}`, POWER];
    }
    default:
      throw new Error(`cannot print ${node.type}`);
  }
}

export const printNode = (node: MathNode): string => printPrec(node)[0];

const TEX_OPTIONS = {
  parenthesis: "keep" as const,
  implicit: "hide" as const,
};

export function texNode(node: MathNode): string {
  return node.toTex(TEX_OPTIONS).replace(/\{ (\w)\}/g, "{$1}").replace(/(^|[^\\\w]) (?=\w)/g, "$1");
}

/** Re-reads a canonical text produced by printNode (trusted input: our own output). */
export const parseCanonical = (text: string): MathNode => math.parse(text);
