// Vectors and matrices: entrywise with dimension mismatches explained, row and column vectors
// alike, and "up to a non-zero scalar" / "up to sign" for eigenvectors, normals and components.
import type { Entry, MatrixValue, Value, VectorValue, Verdict } from "../types";
import { compareEntries, listPositions, numericEntries } from "./entries";
import { compareReal } from "./numbers";
import { DEFAULT_REL_TOL, describeShape, entryText, kindName, right, wrong, type Policy } from "./verdict";

/** A vector as a flat list; n×1 and 1×n matrices count as vectors (row vs column is not judged). */
export function asVector(v: Value): Entry[] | null {
  if (v.kind === "vector") return v.entries;
  if (v.kind === "matrix" && (v.rows.length === 1 || v.rows.every((r) => r.length === 1))) return v.rows.flat();
  if (v.kind === "number") return [v];
  return null;
}

export const vectorText = (es: Entry[]): string => `(${es.map(entryText).join(", ")})`;
const matrixText = (m: MatrixValue): string => `[${m.rows.map((r) => `[${r.map(entryText).join(", ")}]`).join(", ")}]`;

const correctExactly = (decimal: boolean, exact: string): Verdict =>
  right(decimal ? `Correct — exactly ${exact}.` : "Correct.");

/** Is a = c·e for some non-zero c (or c = ±1 when signOnly)? Entries judged by the tolerance rules. */
export function scalarMultiple(a: Entry[], e: Entry[], policy: Policy, signOnly: boolean): "yes" | "zero" | "no" {
  const av = numericEntries(a);
  const ev = numericEntries(e);
  if (!av || !ev) return "no";
  const aMax = Math.max(...av.map(Math.abs));
  const ee = ev.reduce((s, x) => s + x * x, 0);
  // Zero is a multiple of zero only: equivalence stays reflexive, so a "gave the zero vector"
  // mistake detector can recognise a zero answer.
  if (aMax === 0) return ee === 0 ? "yes" : "zero";
  if (ee === 0) return "no";
  const candidates = signOnly ? [1, -1] : [av.reduce((s, x, i) => s + x * ev[i], 0) / ee];
  const exact = a.every((x) => x.kind === "number" && x.exact !== null) && e.every((x) => x.kind === "number" && x.exact !== null);
  return candidates.some((c) =>
    c !== 0 && av.every((x, i) => {
      // Compare on the scale of the whole vector, so a near-zero entry is judged against its neighbours.
      const target = (c * ev[i]) / aMax;
      const got = x / aMax;
      return compareReal(got, exact, target, exact, policy) !== "no" || Math.abs(got - target) < (exact ? 1e-9 : (policy.relTol ?? DEFAULT_REL_TOL));
    }),
  )
    ? "yes"
    : "no";
}

export function checkVector(actual: Value, expected: VectorValue, policy: Policy): Verdict {
  const a = asVector(actual);
  if (!a) return wrong(`Expected a vector, got ${describeShape(actual)}.`);
  const e = expected.entries;
  if (a.length !== e.length) return wrong(`Expected a vector with ${e.length} entries, got ${a.length}.`);
  if (policy.upToScalar || policy.upToSign) {
    const m = scalarMultiple(a, e, policy, !!policy.upToSign && !policy.upToScalar);
    if (m === "zero") return wrong("The zero vector is not a valid answer here: it has no direction.");
    if (m === "yes") return right();
    return wrong(policy.upToScalar ? "Not a multiple of the expected vector: it points in a different direction." : "Not right, even allowing for the sign.");
  }
  const { wrong: bad, decimal } = compareEntries(a, e, policy);
  if (bad.length === 0) return correctExactly(decimal, vectorText(e));
  if (bad.length === e.length) return wrong("None of the entries is right.");
  return wrong(`Check ${listPositions(bad.map((i) => String(i + 1)), ["entry", "entries"])}.`);
}

function transposeRows<T>(rows: T[][]): T[][] {
  return rows[0].map((_, j) => rows.map((r) => r[j]));
}

export function checkMatrix(actual: Value, expected: MatrixValue, policy: Policy): Verdict {
  const [m, n] = [expected.rows.length, expected.rows[0]?.length ?? 0];
  const ev = asVector(expected);
  if (actual.kind === "vector" && ev) return checkVector(actual, { kind: "vector", entries: ev, column: n === 1 }, policy);
  if (actual.kind !== "matrix") return wrong(`Expected a ${m}×${n} matrix, got ${kindName(actual)}.`);
  const [p, q] = [actual.rows.length, actual.rows[0]?.length ?? 0];
  if (p !== m || q !== n) return wrong(`Expected a ${m}×${n} matrix, got ${p}×${q}.`);
  const flatA = actual.rows.flat();
  const flatE = expected.rows.flat();
  if (policy.upToScalar || policy.upToSign) {
    const s = scalarMultiple(flatA, flatE, policy, !!policy.upToSign && !policy.upToScalar);
    return s === "yes" ? right() : wrong("Not a multiple of the expected matrix.");
  }
  const { wrong: bad, decimal } = compareEntries(flatA, flatE, policy);
  if (bad.length === 0) return correctExactly(decimal, matrixText(expected));
  if (m === n && m > 1 && compareEntries(flatA, transposeRows(expected.rows).flat(), policy).wrong.length === 0) {
    return wrong("That is the transpose of the answer: rows and columns are swapped.");
  }
  if (bad.length === flatE.length) return wrong("None of the entries is right.");
  if (bad.length > 4) return wrong(`${bad.length} of the ${flatE.length} entries are wrong.`);
  const labels = bad.map((k) => `(${Math.floor(k / n) + 1},${(k % n) + 1})`);
  return wrong(`Check ${listPositions(labels, ["entry", "entries"])} (row, column).`);
}
