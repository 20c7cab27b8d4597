// The answer language's value types: what a learner's text becomes after parsing, and what a
// checker returns. Every generator, checker, CLI command and UI component speaks these types.

/** The kind of answer a question expects; the parser uses it to read ambiguous text ("2, 5"). */
export type Expect =
  | "number"
  | "vector"
  | "matrix"
  | "set"
  | "boolean"
  | "expression"
  | "complex"
  | "word"
  | "parts";

/**
 * A real number. `exact` is a canonical exact form ("3/4", "sqrt(29)", "1 + sqrt(2)", "pi/3")
 * when the text was exact, or null when the learner typed a decimal approximation ("5.385").
 * `value` is always the float value.
 */
export interface NumberValue {
  kind: "number";
  value: number;
  exact: string | null;
}

/** A complex number a + bi (eigenvalues of rotations). */
export interface ComplexValue {
  kind: "complex";
  re: number;
  im: number;
  exact: string | null;
}

/** A symbolic expression in named variables, e.g. 3x^2 cos(x). `text` is a canonical mathjs string. */
export interface ExpressionValue {
  kind: "expression";
  text: string;
  vars: string[];
}

/** An entry of a vector or matrix: a number, or an expression (Jacobians, Hessians). */
export type Entry = NumberValue | ExpressionValue;

export interface VectorValue {
  kind: "vector";
  entries: Entry[];
  /** true when written as a column ([1; 2; 3]). Vectors compare equal in either orientation. */
  column: boolean;
}

export interface MatrixValue {
  kind: "matrix";
  rows: Entry[][];
}

/** A multiset (eigenvalues, roots, critical points): order-free, multiplicity kept. */
export interface SetValue {
  kind: "set";
  items: (NumberValue | ComplexValue | VectorValue)[];
}

/** A yes/no answer; `word` is what the learner typed ("independent"). */
export interface BooleanValue {
  kind: "boolean";
  value: boolean;
  word: string;
}

/** A word from a fixed list the question offers (e.g. "saddle", "symmetric"), lower-cased. */
export interface WordValue {
  kind: "word";
  value: string;
}

/** A multi-part answer, written `L = [[...]], U = [[...]]` (one part per line or separated by `;`). */
export interface PartsValue {
  kind: "parts";
  parts: Record<string, Value>;
}

export type Value =
  | NumberValue
  | ComplexValue
  | ExpressionValue
  | VectorValue
  | MatrixValue
  | SetValue
  | BooleanValue
  | WordValue
  | PartsValue;

/** Options that tell the parser how to read text for one question. */
export interface ParseOptions {
  /** Variables allowed in expressions (default ["x"] for expressions, none elsewhere). */
  vars?: string[];
  /** Boolean words the question uses besides yes/no, true/false: [word for true, word for false]. */
  booleanWords?: [string, string][];
  /** Allowed words for a "word" answer (and for each label of a set of words). */
  words?: string[];
  /** For "parts": the name and kind of each part, e.g. { L: "matrix", U: "matrix" }. */
  parts?: Record<string, Expect>;
}

export type ParseResult =
  | { ok: true; value: Value; latex: string }
  | { ok: false; error: string; column: number };

/** How a checker compares a learner's value to the expected one. */
export interface CheckPolicy {
  /**
   * Tolerance for decimals typed by the learner. Exact forms are compared exactly (to float
   * round-off). Default: relative 1e-3 or agreement to 3 significant figures.
   */
  relTol?: number;
  sigFigs?: number;
  /** Vectors/matrices equal up to a non-zero scalar multiple (eigenvectors, normals). */
  upToScalar?: boolean;
  /** Equal up to sign only (unit principal components). */
  upToSign?: boolean;
  /** Expected and actual are lists of vectors (vector, matrix columns, or set of vectors) spanning the same subspace. */
  sameSpan?: boolean;
  /** For expressions: the box in which random points are drawn, per variable; default [-2, 2] avoiding domain errors. */
  domain?: Record<string, [number, number]>;
  /** For expressions: form requirements, e.g. { maxDegree: 3 } or "no derivative left unevaluated". */
  form?: { maxDegree?: number; noDerivative?: boolean; factored?: boolean };
  /** For parts: a policy per part. */
  parts?: Record<string, CheckPolicy>;
}

/** The result of checking one answer. `mistakes` holds tags such as "forgot-sqrt". */
export interface Verdict {
  correct: boolean;
  score: number;
  feedback: string;
  mistakes: string[];
}
