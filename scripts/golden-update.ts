// `npm run golden:update [-- PREFIX...]`: rewrite tests/golden/generators.json from the current
// generators. Run it after adding a skill, or after an intended change for which you bumped
// `version`. With prefixes (`-- la.mlm mc.calc.power-rule`) only the matching skills' entries are
// recomputed and the others are kept as they are, so authors working side by side don't write
// each other's unfinished skills into the file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { generators } from "@/exercises/registry";
import { fingerprint, GOLDEN_FILE, goldenOfRegistry, type GoldenEntry } from "../tests/golden/compute";

const prefixes = process.argv.slice(2).filter((a) => !a.startsWith("-"));
let golden: Record<string, GoldenEntry>;
if (prefixes.length === 0) golden = goldenOfRegistry();
else {
  const old: Record<string, GoldenEntry> = existsSync(GOLDEN_FILE) ? JSON.parse(readFileSync(GOLDEN_FILE, "utf8")) : {};
  const chosen = generators.filter((g) => prefixes.some((p) => g.id === p || g.id.startsWith(p.endsWith(".") ? p : `${p}.`)));
  if (chosen.length === 0) {
    console.error(`no registered skill matches ${prefixes.join(", ")}`);
    process.exit(2);
  }
  for (const g of chosen) old[g.id] = fingerprint(g);
  golden = Object.fromEntries(Object.entries(old).sort(([a], [b]) => a.localeCompare(b)));
  console.log(`updated ${chosen.length} skills: ${chosen.map((g) => g.id).join(", ")}`);
}
writeFileSync(GOLDEN_FILE, `${JSON.stringify(golden, null, 1)}\n`);
console.log(`wrote ${Object.keys(golden).length} skills to tests/golden/generators.json`);
