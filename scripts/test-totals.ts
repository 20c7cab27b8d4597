// Prints `N passed, N failed` over all test runners (the last line of .ci/run); exit 1 if any failed.
import { readTotals } from "./lib/test-totals";
import { PROJECT_ROOT } from "./lib/config";

const totals = readTotals(PROJECT_ROOT);
for (const note of totals.notes) console.log(note);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
