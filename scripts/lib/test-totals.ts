// Sums test results over the runners from their JSON reports (vitest: jest-style counts;
// Playwright: stats). A runner whose report is missing or unreadable counts as one failure.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const REPORT_DIR = "test-results";
export const REPORTS = { typecheck: "typecheck.json", vitest: "vitest.json", playwright: "playwright.json" } as const;

const VitestReport = z.object({ numPassedTests: z.number(), numFailedTests: z.number(), success: z.boolean().optional() });
const PlaywrightReport = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number() }),
  errors: z.array(z.unknown()).default([]),
});

export type Totals = { passed: number; failed: number; notes: string[] };

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

export function readTotals(root: string): Totals {
  const totals: Totals = { passed: 0, failed: 0, notes: [] };
  // A failed type check is not a test, but it must not leave the totals line saying "0 failed".
  const typecheck = readJson(path.join(root, REPORT_DIR, REPORTS.typecheck)) as { ok?: boolean } | undefined;
  if (typecheck?.ok === false) {
    totals.failed += 1;
    totals.notes.push("type check: failed (counted as 1 failure)");
  }
  const vitestFile = path.join(root, REPORT_DIR, REPORTS.vitest);
  const vitest = VitestReport.safeParse(existsSync(vitestFile) ? readJson(vitestFile) : undefined);
  if (vitest.success) {
    totals.passed += vitest.data.numPassedTests;
    totals.failed += vitest.data.numFailedTests;
    totals.notes.push(`vitest: ${vitest.data.numPassedTests} passed, ${vitest.data.numFailedTests} failed`);
  } else {
    totals.failed += 1;
    totals.notes.push(`vitest: no readable report at ${vitestFile}`);
  }
  const pwFile = path.join(root, REPORT_DIR, REPORTS.playwright);
  const pw = PlaywrightReport.safeParse(existsSync(pwFile) ? readJson(pwFile) : undefined);
  if (pw.success) {
    const { expected, unexpected, flaky } = pw.data.stats;
    // Errors outside tests (e.g. the web server failed to start) fail the run even with zero tests.
    const outside = pw.data.errors.length;
    totals.passed += expected + flaky;
    totals.failed += unexpected + outside;
    totals.notes.push(`playwright: ${expected + flaky} passed, ${unexpected + outside} failed`);
  } else {
    totals.failed += 1;
    totals.notes.push(`playwright: no readable report at ${pwFile}`);
  }
  return totals;
}
