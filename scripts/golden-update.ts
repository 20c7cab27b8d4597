// `npm run golden:update`: rewrite tests/golden/generators.json from the current generators.
// Run it after adding a skill, or after an intended change for which you bumped `version`.
import { writeFileSync } from "node:fs";
import { GOLDEN_FILE, goldenOfRegistry } from "../tests/golden/compute";

const golden = goldenOfRegistry();
writeFileSync(GOLDEN_FILE, `${JSON.stringify(golden, null, 1)}\n`);
console.log(`wrote ${Object.keys(golden).length} skills to tests/golden/generators.json`);
