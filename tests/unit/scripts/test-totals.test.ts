import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readTotals } from "../../../scripts/lib/test-totals";

let root = "";
function reports(files: Record<string, unknown>): string {
  root = mkdtempSync(path.join(os.tmpdir(), "basis-totals-"));
  mkdirSync(path.join(root, "test-results"));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(root, "test-results", name), JSON.stringify(body));
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

const pw = (expected: number, unexpected: number, flaky = 0, errors: unknown[] = []) => ({ stats: { expected, unexpected, flaky, skipped: 0 }, errors });

describe("readTotals", () => {
  it("adds vitest and Playwright counts; flaky passes count as passed", () => {
    const totals = readTotals(reports({ "vitest.json": { numPassedTests: 40, numFailedTests: 2 }, "playwright.json": pw(9, 1, 1) }));
    expect([totals.passed, totals.failed]).toEqual([50, 3]);
  });
  it("counts a missing report and a web-server error as failures, so a broken run never reads 0 failed", () => {
    const totals = readTotals(reports({ "playwright.json": pw(0, 0, 0, [{ message: "webServer exited" }]) }));
    expect([totals.passed, totals.failed]).toEqual([0, 2]);
  });
  it("counts a failed type check as one failure", () => {
    const totals = readTotals(reports({ "typecheck.json": { ok: false }, "vitest.json": { numPassedTests: 1, numFailedTests: 0 }, "playwright.json": pw(1, 0) }));
    expect([totals.passed, totals.failed]).toEqual([2, 1]);
  });
});
