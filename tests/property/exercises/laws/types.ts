// A law verifies a problem's answer by a different route than its generator (e.g. recompute
// with mathjs floats, check a residual is orthogonal); it throws (via expect) when it fails.
import type { Problem } from "@/exercises/types";

export type Law = (problem: Problem) => void;
export type Laws = Record<string, Law>;
