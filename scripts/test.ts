// `npm test`: type-check, vitest (unit + property + integration), then Playwright e2e against a
// production build. Every step runs even if an earlier one failed; the exit code reports all.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PROJECT_ROOT } from "./lib/config";
import { readTotals, REPORT_DIR, REPORTS } from "./lib/test-totals";

const require = createRequire(import.meta.url);
/** A package's CLI file, found via its package.json (the bin paths are not in their "exports"). */
const binOf = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

function run(title: string, bin: string, args: string[]): boolean {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return result.status === 0;
}

const reports = path.join(PROJECT_ROOT, REPORT_DIR);
mkdirSync(reports, { recursive: true });
for (const file of Object.values(REPORTS)) rmSync(path.join(reports, file), { force: true });

const typesOk = run("Type check (tsc --noEmit)", binOf("typescript", "bin/tsc"), ["--noEmit", "-p", "."]);
writeFileSync(path.join(reports, REPORTS.typecheck), JSON.stringify({ ok: typesOk }));
const vitestOk = run("vitest: unit, property, integration", binOf("vitest", "vitest.mjs"), [
  "run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(REPORT_DIR, REPORTS.vitest)}`,
]);
const e2eOk = run("Playwright e2e (Chromium, production build)", binOf("@playwright/test", "cli.js"), ["test"]);

const totals = readTotals(PROJECT_ROOT);
console.log(`\n${totals.notes.join("\n")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(typesOk && vitestOk && e2eOk && totals.failed === 0 ? 0 : 1);
