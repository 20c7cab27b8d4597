// Shared e2e steps. Demo accounts come from the seed the e2e server runs.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const DEMO = {
  learner: { email: "learner@example.com", password: "learner-demo-pass" },
  instructor: { email: "instructor@example.com", password: "instructor-demo-pass" },
  admin: { email: "admin@example.com", password: "admin-demo-pass" },
} as const;

export function uniqueEmail(): string {
  return `e2e-${randomBytes(5).toString("hex")}@example.com`;
}

/** Allows 30 s for /learn: bcrypt plus a cold server on a loaded 2-core machine can pass 5 s. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/learn$/, { timeout: 30_000 });
}

/** axe (WCAG 2.1 A/AA + best practice) violations of serious or critical impact, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
