import { beforeEach, describe, expect, it } from "vitest";
import { signUp, verifyCredentials } from "@/lib/server/users";
import { truncateAll, useTestDatabase } from "../../helpers/db";

const t = useTestDatabase();
const valid = { name: "Grace Hopper", email: "Grace@Example.com ", password: "correct horse battery" };

beforeEach(async () => {
  await truncateAll(t.current.db);
});

describe("signUp", () => {
  it("creates a learner with a normalised email and a bcrypt hash, not the password", async () => {
    const result = await signUp(valid);
    expect(result.ok).toBe(true);
    const row = await t.current.db.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    expect(row).toMatchObject({ name: "Grace Hopper", role: "LEARNER", timeZone: "UTC", dailyGoal: 10 });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(row.passwordHash).not.toContain(valid.password);
  });

  it.each([
    ["email", { ...valid, email: "not-an-email" }, /email address/],
    ["password", { ...valid, password: "short" }, /at least 10 characters/],
    ["name", { ...valid, name: "   " }, /Enter your name/],
  ])("rejects a bad %s with a message for that field and writes nothing", async (field, form, message) => {
    const result = await signUp(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors[field as "email"]).toMatch(message);
    expect(result.values).toEqual({ name: form.name, email: form.email });
    expect(await t.current.db.user.count()).toBe(0);
  });

  it("refuses an email that is taken, whatever its case, and keeps the first account", async () => {
    await signUp(valid);
    const again = await signUp({ ...valid, name: "Impostor", email: "GRACE@example.COM" });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.fieldErrors.email).toMatch(/already exists/);
    const rows = await t.current.db.user.findMany();
    expect(rows.map((r) => r.name)).toEqual(["Grace Hopper"]);
  });

  it("lets exactly one of two simultaneous sign-ups for one email through", async () => {
    const results = await Promise.all([signUp(valid), signUp({ ...valid, name: "Twin" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.current.db.user.count()).toBe(1);
  });
});

describe("verifyCredentials", () => {
  it("returns the user for the right password, in any email case", async () => {
    await signUp(valid);
    const user = await verifyCredentials("GRACE@example.com", valid.password);
    expect(user).toMatchObject({ email: "grace@example.com", name: "Grace Hopper", role: "LEARNER" });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("returns null alike for a wrong password, an unknown email and junk input", async () => {
    await signUp(valid);
    expect(await verifyCredentials("grace@example.com", "wrong password!")).toBeNull();
    expect(await verifyCredentials("nobody@example.com", valid.password)).toBeNull();
    expect(await verifyCredentials("not an email", valid.password)).toBeNull();
    expect(await verifyCredentials(undefined, undefined)).toBeNull();
  });
});

describe("signUp with several problems", () => {
  it("reports a taken email together with a short password", async () => {
    await signUp(valid);
    const result = await signUp({ ...valid, password: "short" });
    expect(!result.ok && result.fieldErrors).toEqual({
      email: expect.stringMatching(/already exists/),
      password: expect.stringMatching(/at least 10/),
    });
  });
});
