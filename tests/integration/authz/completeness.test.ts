// A new page, route handler or server action without a row in the authorization matrix fails here.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { appEntries, routePath } from "./app-entries";
import { AUTHZ_TABLE, PERSONAS, rowKey } from "./routes";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

describe("authorization matrix completeness", () => {
  const entries = appEntries(ROOT);
  const keys = new Set(AUTHZ_TABLE.map(rowKey));

  it("finds the app's pages, route handlers and actions (the walker itself works)", () => {
    const found = entries.map((e) => e.key);
    expect(found).toEqual(expect.arrayContaining([
      "page /", "page /teach", "page /problems/[id]", "route POST /api/problems/[id]/attempts",
      "route GET /api/auth/[...nextauth]", "action app/teach/actions.ts#createCohortAction",
    ]));
    expect(found.some((k) => k.includes("FormState") || k.includes("SettingsState"))).toBe(false);
    expect(routePath(path.join("app", "(marketing)", "about", "page.tsx"))).toBe("/about");
  });

  it("has a row for every page, route handler method and server action", () => {
    const missing = entries.filter((e) => !keys.has(e.key)).map((e) => `${e.key}  (${e.file})`);
    expect(missing, `add rows to tests/integration/authz/routes.ts for:\n${missing.join("\n")}`).toEqual([]);
  });

  it("has no rows for things that no longer exist, and no duplicates", () => {
    const present = new Set(entries.map((e) => e.key));
    expect(AUTHZ_TABLE.map(rowKey).filter((k) => !present.has(k))).toEqual([]);
    expect(AUTHZ_TABLE.length).toBe(keys.size);
  });

  it("gives every row a verdict for all six personas", () => {
    for (const row of AUTHZ_TABLE) expect(Object.keys(row.expect).sort(), rowKey(row)).toEqual([...PERSONAS].sort());
  });
});
