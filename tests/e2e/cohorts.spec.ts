// Cohorts end to end: an instructor creates a cohort on /teach, a learner follows the join link
// (signing in on the way), joins once, is told when joining again, and leaves; axe on /teach and
// /cohorts.
import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { e2ePool, seedLearner } from "./fixtures";
import { seriousViolations, signIn } from "./helpers";


test("an instructor creates a cohort; a learner joins by link, once, and leaves", async ({ browser }) => {
  const instructor = await seedLearner([], "Ivy Instructor");
  await e2ePool().query(`UPDATE "User" SET role = 'INSTRUCTOR' WHERE id = $1`, [instructor.id]);
  const learner = await seedLearner(["linear-algebra"], "Lou Learner");
  const name = `Cohort ${randomBytes(3).toString("hex")}`;

  const teach = await (await browser.newContext()).newPage();
  await signIn(teach, instructor.email, instructor.password);
  await teach.goto("/teach");
  await expect(teach.getByText("You do not run any cohorts yet.")).toBeVisible();
  expect(await seriousViolations(teach)).toEqual([]);
  await teach.getByLabel("Name").fill("   ");
  await teach.getByRole("button", { name: "Create cohort" }).click();
  await expect(teach.locator(".form-error")).toHaveText("Give the cohort a name.");
  await teach.getByLabel("Name").fill(name);
  await teach.getByRole("checkbox", { name: "Principal Component Analysis" }).uncheck();
  await teach.getByRole("button", { name: "Create cohort" }).click();
  await expect(teach).toHaveURL(/\/teach\?created=/);
  const card = teach.getByRole("listitem").filter({ has: teach.getByRole("heading", { name }) });
  await expect(card.getByRole("status")).toContainText("Cohort created");
  await expect(card).toContainText("Linear Algebra, Multivariate Calculus");
  const code = (await card.locator(".join-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  expect(await seriousViolations(teach)).toEqual([]);

  const page = await (await browser.newContext()).newPage();
  await page.goto(`/join/${code}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${name}?`);
  await expect(page.getByText("The instructors of a cohort you join can see your progress")).toBeVisible();
  await page.getByRole("button", { name: `Join ${name}` }).click();
  await expect(page).toHaveURL(/\/cohorts\?joined=/);
  await expect(page.getByRole("status").first()).toHaveText(`You joined ${name}.`);
  await expect(page.getByRole("heading", { name, level: 3 })).toBeVisible();
  await expect(page.getByText("Instructors who can see your progress: Ivy Instructor.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Join code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByText(`You are already a member of ${name}.`)).toBeVisible();
  await page.getByLabel("Join code").fill("ZZZZ-ZZZZ");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.locator(".form-error")).toContainText("No cohort has the code ZZZZ-ZZZZ");
  const members = await e2ePool().query(`SELECT count(*)::int AS n FROM "CohortMember" WHERE "userId" = $1`, [learner.id]);
  expect(members.rows[0].n).toBe(1);

  await teach.reload();
  await expect(card.getByText("Members").locator("xpath=..")).toContainText("1");

  await page.getByRole("button", { name: `Leave ${name}` }).click();
  await expect(page.getByText(`You left ${name}. Its instructors no longer see your progress.`)).toBeVisible();
  await page.reload();
  await expect(page.getByText("You are not in any cohort.")).toBeVisible();
});

test("a learner never reaches /teach; an admin makes them an instructor on /admin/users, then they do", async ({ browser }) => {
  const learner = await seedLearner([], `Rory ${randomBytes(3).toString("hex")}`);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, learner.email, learner.password);
  const denied = await page.goto("/teach");
  expect(denied?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available to your account");

  const admin = await seedLearner([], "Ada Again");
  await e2ePool().query(`UPDATE "User" SET role = 'ADMIN' WHERE id = $1`, [admin.id]);
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin.email, admin.password);
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(learner.name)}`);
  const row = adminPage.getByRole("row").filter({ hasText: learner.email });
  await row.getByRole("button", { name: "Make instructor" }).click();
  await expect(row.getByRole("status")).toHaveText(`${learner.name} is now an instructor.`);
  expect(await seriousViolations(adminPage)).toEqual([]);

  const allowed = await page.goto("/teach");
  expect(allowed?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teach");
});
