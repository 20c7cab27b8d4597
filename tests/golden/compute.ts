// The determinism fingerprint of every registered generator: sha256 of JSON {data, answer}
// for seeds 1..5 at each level. Shared by the golden test and `npm run golden:update`.
import { createHash } from "node:crypto";
import { generators } from "@/exercises/registry";
import type { Generator } from "@/exercises/types";

export const GOLDEN_FILE = new URL("./generators.json", import.meta.url);
export const GOLDEN_SEEDS = [1, 2, 3, 4, 5];

export interface GoldenEntry {
  version: number;
  /** level → one hash per seed in GOLDEN_SEEDS. */
  hashes: Record<string, string[]>;
}

export function fingerprint(g: Generator): GoldenEntry {
  const hashes: Record<string, string[]> = {};
  for (const level of g.levels) {
    hashes[level] = GOLDEN_SEEDS.map((seed) => {
      const p = g.generate(seed, level);
      return createHash("sha256").update(JSON.stringify({ data: p.data, answer: p.answer.text })).digest("hex").slice(0, 16);
    });
  }
  return { version: g.version, hashes };
}

export function goldenOfRegistry(): Record<string, GoldenEntry> {
  return Object.fromEntries([...generators].sort((a, b) => a.id.localeCompare(b.id)).map((g) => [g.id, fingerprint(g)]));
}
