// The cohort dashboard end to end: an instructor creates a cohort on /teach, a learner joins with
// the code and answers a problem wrongly, the instructor finds the attempt and its mistake tag in
// item analysis and downloads the attempts CSV holding that row; axe on /teach and the cohort views.
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { e2ePool, seedLearner } from "./fixtures";
import { seriousViolations, signIn } from "./helpers";

/** The problem on screen and its diagnosed wrong answers, regenerated in a tsx child (as learner-loop.spec.ts does). */
function problemOnScreen(skill: string, seed: number, level: number) {
  const out = execFileSync("npx", ["tsx", "tests/e2e/problem-answers.ts", skill, String(seed), String(level)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as { answer: string; mistakes: { tag: string; text: string }[] };
}

test("a learner's wrong answer reaches the instructor's item analysis and the attempts CSV", async ({ browser }) => {
  test.setTimeout(240_000);
  const instructor = await seedLearner([], "Ines Instructor");
  await e2ePool().query(`UPDATE "User" SET role = 'INSTRUCTOR' WHERE id = $1`, [instructor.id]);
  const learner = await seedLearner(["linear-algebra"], `Dana ${randomBytes(3).toString("hex")}`);
  const name = `Dashboard ${randomBytes(3).toString("hex")}`;

  // 1. The instructor creates the cohort (the cohorts UI) and reads its code.
  const teach = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(teach, instructor.email, instructor.password);
  await teach.goto("/teach");
  await teach.getByLabel("Name").fill(name);
  await teach.getByRole("button", { name: "Create cohort" }).click();
  await expect(teach).toHaveURL(/\/teach\?created=/);
  const card = teach.getByRole("listitem").filter({ has: teach.getByRole("heading", { name }) });
  const code = (await card.locator(".join-code").textContent())!.trim();
  expect(await seriousViolations(teach)).toEqual([]);
  const cohortId = (await e2ePool().query(`SELECT id FROM "Cohort" WHERE name = $1`, [name])).rows[0].id as string;

  // 2. The learner joins with the code and answers wrongly (a diagnosed mistake).
  const page = await (await browser.newContext()).newPage();
  await signIn(page, learner.email, learner.password);
  await page.goto(`/join/${code}`);
  await page.getByRole("button", { name: `Join ${name}` }).click();
  await expect(page).toHaveURL(/\/cohorts\?joined=/);
  await page.goto("/learn");
  await page.getByRole("link", { name: "Start today's set" }).click();
  let wrong: { skill: string; tag: string; text: string } | null = null;
  for (let i = 0; i < 6 && !wrong; i++) {
    await expect(page.getByLabel("Your answer")).toBeVisible();
    const article = page.locator("article[data-skill]");
    const skill = (await article.getAttribute("data-skill"))!;
    const problem = problemOnScreen(skill, Number(await article.getAttribute("data-seed")), Number(await article.getAttribute("data-level")));
    const mistake = problem.mistakes.find((m) => !m.text.includes("\n"));
    if (mistake) {
      await page.getByLabel("Your answer").fill(mistake.text);
      await page.getByRole("button", { name: "Submit" }).click();
      await expect(page.getByText(`Mistake: ${mistake.tag}`)).toBeVisible();
      wrong = { skill, tag: mistake.tag, text: mistake.text };
    } else {
      await page.getByRole("button", { name: "I don't know" }).click();
      await page.getByRole("link", { name: "Next" }).click();
    }
  }
  expect(wrong).not.toBeNull();
  const { skill, tag, text } = wrong!;

  // 3. The instructor sees the member, the skill and the mistake tag with the (anonymised) answer.
  await teach.goto(`/teach/cohorts/${cohortId}`);
  await expect(teach.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(teach.getByRole("row").filter({ hasText: learner.name })).toBeVisible();
  expect(await seriousViolations(teach)).toEqual([]);
  await teach.getByRole("link", { name: "Item analysis" }).click();
  const skillRow = teach.getByRole("row").filter({ hasText: tag });
  await expect(skillRow.first()).toBeVisible();
  await skillRow.first().getByRole("link").click();
  await expect(teach).toHaveURL(new RegExp(`skill=${encodeURIComponent(skill).replace(/\./g, "\\.")}`));
  const mistakeRow = teach.getByRole("row").filter({ has: teach.locator(`th[data-mistake="${tag}"]`) });
  await expect(mistakeRow).toContainText("1");
  await expect(mistakeRow).toContainText(text);
  await expect(teach.getByRole("main")).not.toContainText(learner.name);
  expect(await seriousViolations(teach)).toEqual([]);

  // 4. The attempts CSV downloads with that row.
  const [download] = await Promise.all([teach.waitForEvent("download"), teach.getByRole("link", { name: "Download these attempts (CSV)" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("attempt_id,user_id,name,skill_id,answered_at,correct,answer,mistakes,time_taken_ms,used_hint,gave_up");
  const row = lines.slice(1).find((l) => l.includes(tag));
  expect(row).toContain(`${learner.id},${learner.name},${skill},`);
  expect(row).toContain(",false,");
  expect(row).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);

  // The other views render for this small cohort and are axe clean.
  for (const view of ["heatmap", "at-risk", "charts", "exams", `learners/${learner.id}`]) {
    await teach.goto(`/teach/cohorts/${cohortId}/${view}`);
    await expect(teach.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(teach), view).toEqual([]);
  }
});

test("an unknown sort key is refused with a message; the CSV route answers 400", async ({ browser }) => {
  const instructor = await seedLearner([], "Sam Sorter");
  await e2ePool().query(`UPDATE "User" SET role = 'INSTRUCTOR' WHERE id = $1`, [instructor.id]);
  const id = `c${randomBytes(8).toString("hex")}`;
  await e2ePool().query(`INSERT INTO "Cohort" (id, name, courses, "startDate", "joinCode", "createdById") VALUES ($1, 'Empty', '{linear-algebra}', now(), $2, $3)`,
    [id, `E2E${randomBytes(4).toString("hex").toUpperCase()}`, instructor.id]);
  await e2ePool().query(`INSERT INTO "CohortInstructor" ("cohortId", "userId") VALUES ($1, $2)`, [id, instructor.id]);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, instructor.email, instructor.password);
  await page.goto(`/teach/cohorts/${id}?sort=password`);
  await expect(page.locator(".notice[role=alert]")).toContainText("Unknown sort key: use one of name, lastActive");
  const bad = await page.request.get(`/teach/cohorts/${id}/export/attempts?window=999`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toMatch(/Unknown window/);
  const empty = await page.request.get(`/teach/cohorts/${id}/export/members`);
  expect(empty.status()).toBe(200);
  expect(await empty.text()).toBe("user_id,name,email,last_active,daily_set_answered_7d,daily_set_issued_7d,streak_days,reviews_due,reviews_overdue,mastered_linear-algebra,exams,certificates\r\n");
});
