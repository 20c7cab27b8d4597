// The learner loop end to end: enrol, today's set, right and wrong answers, progress, keyboard, axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { uniqueEmail } from "./helpers";

async function signUpAndEnrol(page: Page, name: string): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("learner-loop-pass");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  for (const course of ["Linear Algebra", "Multivariate Calculus", "Principal Component Analysis"]) {
    await page.getByLabel(course).check();
  }
  await page.getByRole("button", { name: "Enrol" }).click();
  await expect(page.getByRole("heading", { name: /^Today, \d{4}-\d{2}-\d{2}$/ })).toBeVisible();
}

/** The problem on screen, regenerated from skill + seed + level through the generator library (in a tsx child). */
async function currentProblem(page: Page) {
  const article = page.locator("article[data-skill]");
  const skill = (await article.getAttribute("data-skill"))!;
  const seed = Number(await article.getAttribute("data-seed"));
  const level = Number(await article.getAttribute("data-level"));
  const out = execFileSync("npx", ["tsx", "tests/e2e/problem-answers.ts", skill, String(seed), String(level)], { encoding: "utf8" });
  const parsed = JSON.parse(out.trim().split("\n").at(-1)!) as { answer: string; numeric: unknown; mistakes: { tag: string; text: string }[] };
  return { skill, ...parsed };
}

// The answer box is one line; multi-part answers separate their parts with ";" there.
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, "; ");

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("sign up, enrol in all three courses, answer right and wrong, finish the set, see it on /progress", async ({ page }) => {
  test.setTimeout(240_000);
  await signUpAndEnrol(page, "Emmy Noether");
  const setSize = await page.locator(".set-list > li").count();
  expect(setSize).toBeGreaterThan(1);
  await page.getByRole("link", { name: "Start today's set" }).click();

  // 1. A correct answer, derived from the seed.
  const first = await currentProblem(page);
  await page.getByLabel("Your answer").fill(oneLine(first.answer));
  await expect(page.getByText("Interpreted as:")).toBeVisible();
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { name: "Correct" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the notes on this skill" })).toHaveAttribute("href", `/skills/${encodeURIComponent(first.skill)}`);
  await page.getByRole("link", { name: "Next" }).click();

  // 2. A wrong answer: a known mistake when the skill has one that applies, else "I don't know".
  // The answer box appears only once the next problem has replaced the verdict.
  await expect(page.getByLabel("Your answer")).toBeVisible();
  const second = await currentProblem(page);
  const mistake = second.mistakes[0];
  if (mistake) {
    await page.getByLabel("Your answer").fill(oneLine(mistake.text));
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByRole("heading", { name: "Not right yet" })).toBeVisible();
    await expect(page.getByText(`Mistake: ${mistake.tag}`)).toBeVisible();
    await expect(page.locator(".feedback")).not.toBeEmpty();
  } else {
    await page.getByRole("button", { name: "I don't know" }).click();
    await expect(page.getByRole("heading", { name: "Here is the solution" })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expect(page.locator(".solution li").first()).toBeVisible();

  // 3. Finish the set ("I don't know" on the rest).
  for (let i = 2; i < setSize; i++) {
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page.getByLabel("Your answer")).toBeVisible();
    await page.getByRole("button", { name: "I don't know" }).click();
    await expect(page.getByRole("heading", { name: "Here is the solution" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByText(`${setSize} of ${setSize} problems done`)).toBeVisible();
  await expect(page.getByText("Today's set is done.")).toBeVisible();

  // 4. Progress reflects it.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(page.locator(".figures li").filter({ hasText: "problems answered" }).locator("strong")).toHaveText(String(setSize));
  await expect(page.locator(".figures li").filter({ hasText: "day streak" }).locator("strong")).toHaveText("1");
  await expect(page.locator(`.skill-map li[data-skill="${first.skill}"]`)).toHaveAttribute("data-status", "learning");
  await page.getByText("Show the data as a table").first().click();
  await expect(page.getByRole("table", { name: "Problems answered per day" }).getByRole("row").nth(1)).toContainText(`${setSize} (1)`);
});

test("a problem can be answered with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndEnrol(page, "Keyboard Learner");
  await page.getByRole("link", { name: "Start today's set" }).click();
  const problem = await currentProblem(page);
  await page.locator("body").focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "answer")) break;
  }
  await expect(page.getByLabel("Your answer")).toBeFocused();
  await page.keyboard.type(oneLine(problem.answer));
  await page.keyboard.press("Enter");
  const verdict = page.getByRole("heading", { name: "Correct" });
  await expect(verdict).toBeFocused();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.textContent === "Next")) break;
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/problems\/[^/]+$/);
  await expect(page.locator("article[data-skill]")).toBeVisible();
  expect(await page.locator("article[data-skill]").getAttribute("data-problem-id")).not.toBe(null);
});

test("axe finds no serious or critical violations on /learn, a problem page and /progress; phone width fits", async ({ page }) => {
  test.setTimeout(180_000);
  await signUpAndEnrol(page, "Axe Learner");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Start today's set" }).click();
  await expect(page.locator("article[data-skill]")).toBeVisible();
  await page.getByLabel("Your answer").fill("1");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "I don't know" }).click();
  await expect(page.getByRole("heading", { name: "Here is the solution" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const problemPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Read the notes on this skill" }).click();
  await expect(page.locator(".notes p").first()).toBeVisible();
  await page.getByRole("link", { name: "Practise this skill" }).click();
  await expect(page.getByText("Free practice")).toBeVisible();
  await expect(page.getByLabel("Your answer")).toBeVisible();
  await page.goto("/progress");
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/learn", "/progress", "/settings", problemPath]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("a matrix answer can be entered in a grid of the right size (free practice)", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndEnrol(page, "Grid Learner");
  // A first skill of Linear Algebra with a matrix answer and no prerequisites: unlocked at once.
  await page.goto("/practice/la.intro.simultaneous-setup");
  await expect(page.getByText("Free practice")).toBeVisible();
  const problem = await currentProblem(page);
  const rows = problem.numeric as number[][];
  await page.getByRole("button", { name: `Enter in a ${rows.length} × ${rows[0].length} grid` }).click();
  for (const [r, row] of rows.entries()) {
    for (const [c, value] of row.entries()) await page.getByLabel(`Row ${r + 1}, column ${c + 1}`).fill(String(value));
  }
  await expect(page.getByText("Interpreted as:")).toBeVisible();
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { name: "Correct" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Next" })).toHaveAttribute("href", "/practice/la.intro.simultaneous-setup");
});

test("settings: an unknown time zone falls back to UTC with a notice", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpAndEnrol(page, "Zone Learner");
  await page.goto("/settings");
  await page.getByLabel("Time zone").fill("Mars/Olympus_Mons");
  await page.getByLabel("Daily goal (problems per day)").fill("12");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("not a time zone we know");
  await expect(page.getByLabel("Time zone")).toHaveValue("UTC");
  await expect(page.getByLabel("Daily goal (problems per day)")).toHaveValue("12");
});
