// Multisets (eigenvalues, roots, critical points): order-free with multiplicity. Items are
// matched by a maximum bipartite matching, because tolerance equality is not transitive.
import type { ComplexValue, Entry, NumberValue, SetValue, Value, VectorValue, Verdict } from "../types";
import { checkVector, vectorText } from "./linear";
import { asComplex, compareComplex, type Closeness } from "./numbers";
import { kindName, numberText, right, wrong, type Policy } from "./verdict";

type Item = SetValue["items"][number];

/** What counts as a list of items when a set is expected: a set, one number, or a vector of numbers. */
export function asItems(v: Value): Item[] | null {
  if (v.kind === "set") return v.items;
  if (v.kind === "number" || v.kind === "complex") return [v];
  if (v.kind === "vector" && v.entries.every((e) => e.kind === "number")) return v.entries as NumberValue[];
  return null;
}

function itemText(i: Item): string {
  if (i.kind === "vector") return vectorText(i.entries as Entry[]);
  if (i.kind === "complex") return i.exact ?? `${+i.re.toPrecision(6)} ${i.im < 0 ? "-" : "+"} ${Math.abs(+i.im.toPrecision(6))}i`;
  return numberText(i);
}

export function compareItems(a: Item, e: Item, policy: Policy): Closeness {
  if (e.kind === "vector" || a.kind === "vector") {
    if (e.kind !== "vector" || a.kind !== "vector") return "no";
    return checkVector(a, e as VectorValue, policy).correct ? (a.entries.some((x) => x.kind === "number" && x.exact === null) ? "decimal" : "exact") : "no";
  }
  return compareComplex(asComplex(a as NumberValue | ComplexValue), asComplex(e as NumberValue | ComplexValue), policy);
}

/** Kuhn's augmenting paths: match[j] = index of the actual item matched to expected j, or -1. */
function maxMatching(adj: boolean[][], nExpected: number): number[] {
  const match = new Array<number>(nExpected).fill(-1);
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < nExpected; j++) {
      if (!adj[i][j] || seen[j]) continue;
      seen[j] = true;
      if (match[j] === -1 || tryAssign(match[j], seen)) {
        match[j] = i;
        return true;
      }
    }
    return false;
  };
  adj.forEach((_, i) => tryAssign(i, new Array<boolean>(nExpected).fill(false)));
  return match;
}

const times = (k: number): string => (k === 1 ? "once" : k === 2 ? "twice" : `${k} times`);
const multiplicity = (k: number): string =>
  k === 1 ? "it appears only once" : k === 2 ? "it is a double root" : k === 3 ? "it is a triple root" : `it has multiplicity ${k}`;

/** When counts of a value differ: "you gave 2 once; it is a double root". */
function multiplicityNotes(actual: Item[], expected: Item[], policy: Policy): string[] {
  const notes: string[] = [];
  const done = new Array<boolean>(expected.length).fill(false);
  expected.forEach((e, j) => {
    if (done[j]) return;
    const same = expected.map((x, k) => !done[k] && compareItems(x, e, policy) !== "no");
    same.forEach((s, k) => s && (done[k] = true));
    const want = same.filter(Boolean).length;
    const got = actual.filter((a) => compareItems(a, e, policy) !== "no").length;
    if (got > 0 && got !== want) notes.push(`you gave ${itemText(e)} ${times(got)}; ${multiplicity(want)}`);
  });
  return notes;
}

export function checkSet(actual: Value, expected: SetValue, policy: Policy): Verdict {
  const a = asItems(actual);
  if (!a) return wrong(`Expected a list of values such as {2, 5}, got ${kindName(actual)}.`);
  const e = expected.items;
  const closeness = a.map((x) => e.map((y) => compareItems(x, y, policy)));
  const match = maxMatching(closeness.map((r) => r.map((c) => c !== "no")), e.length);
  const matched = match.filter((i) => i !== -1).length;
  if (matched === e.length && a.length === e.length) {
    const decimal = match.some((i, j) => closeness[i][j] === "decimal");
    return right(decimal ? `Correct — exactly {${e.map(itemText).join(", ")}}.` : "Correct.");
  }
  const notes = multiplicityNotes(a, e, policy);
  if (notes.length) return wrong(`${notes.join("; ")}.`.replace(/^./, (c) => c.toUpperCase()));
  const extra = a.length - matched;
  const values = (n: number) => `${n} ${n === 1 ? "value" : "values"}`;
  const parts = a.length === e.length ? [] : [`Expected ${values(e.length)}, got ${a.length}`];
  if (matched === 0) parts.push(a.length === 1 ? "yours is not right" : "none of yours is right");
  else parts.push(`${matched} of yours ${matched === 1 ? "is" : "are"} right`);
  if (matched > 0 && extra > 0) parts.push(`${extra} ${extra === 1 ? "is" : "are"} not`);
  return wrong(`${parts.join("; ")}.`.replace(/^./, (c) => c.toUpperCase()));
}
