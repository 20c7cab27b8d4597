// Determinism: every generator's (level, seed) → hash of {data, answer} matches the committed
// golden file, so an accidental change to a generator fails the build.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generators } from "@/exercises/registry";
import { fingerprint, GOLDEN_FILE, type GoldenEntry } from "../../golden/compute";

const golden: Record<string, GoldenEntry> = JSON.parse(readFileSync(GOLDEN_FILE, "utf8"));

describe("golden generator hashes", () => {
  for (const g of generators)
    it(`${g.id} matches tests/golden/generators.json`, () => {
      const stored = golden[g.id];
      expect(stored, `${g.id} has no golden entry: run \`npm run golden:update\` and commit tests/golden/generators.json`).toBeDefined();
      const now = fingerprint(g);
      if (stored.version === now.version) {
        expect(
          now.hashes,
          `${g.id} version ${g.version} now generates different problems. If the change is intended, bump \`version\` in its skill file and run \`npm run golden:update\`; otherwise undo it.`,
        ).toEqual(stored.hashes);
      } else {
        expect.fail(`${g.id} version is ${now.version} but the golden file has ${stored.version}: run \`npm run golden:update\` and commit it`);
      }
    });

  it("has no entries for unregistered skills", () => {
    const registered = new Set(generators.map((g) => g.id));
    expect(Object.keys(golden).filter((id) => !registered.has(id)), "stale golden entries: run `npm run golden:update`").toEqual([]);
  });
});
