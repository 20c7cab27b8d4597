// Entry-level comparison shared by vectors, matrices and sets: numbers by the tolerance rules,
// expression entries (Jacobians, Hessians) by equivalence at random points.
import type { Entry } from "../types";
import { compareTexts } from "./expressions";
import { compareNumber, type Closeness } from "./numbers";
import type { Policy } from "./verdict";

const textOf = (e: Entry): string => (e.kind === "number" ? `(${e.value})` : e.text);
const varsOf = (e: Entry): string[] => (e.kind === "number" ? [] : e.vars);

export function compareEntry(actual: Entry, expected: Entry, policy: Policy): Closeness {
  if (actual.kind === "number" && expected.kind === "number") return compareNumber(actual, expected, policy);
  const vars = [...new Set([...varsOf(actual), ...varsOf(expected)])].sort();
  return compareTexts(textOf(actual), textOf(expected), vars, policy) === "equal" ? "exact" : "no";
}

/** Compare lists entrywise: the indices that differ, and whether a decimal was accepted. */
export function compareEntries(actual: Entry[], expected: Entry[], policy: Policy): { wrong: number[]; decimal: boolean } {
  const wrong: number[] = [];
  let decimal = false;
  actual.forEach((a, i) => {
    const c = compareEntry(a, expected[i], policy);
    if (c === "no") wrong.push(i);
    if (c === "decimal") decimal = true;
  });
  return { wrong, decimal };
}

/** "entry 2", "entries 1 and 3", "entries 1, 2 and 4" (1-based). */
export function listPositions(labels: string[], noun: [string, string]): string {
  if (labels.length === 1) return `${noun[0]} ${labels[0]}`;
  return `${noun[1]} ${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

export const numericEntries = (es: Entry[]): number[] | null =>
  es.every((e) => e.kind === "number") ? es.map((e) => (e as { value: number }).value) : null;
