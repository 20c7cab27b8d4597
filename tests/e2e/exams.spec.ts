// A learner who has learned the course starts its exam, answers, reloads (the timer keeps running
// from the server's deadline and the answers are still there), submits and reads the results.
import { expect, test, type Page } from "@playwright/test";
import { examRightAnswers, masterSkills, seedLearner } from "./fixtures";
import { seriousViolations, signIn } from "./helpers";




const seconds = (mmss: string) => mmss.split(":").map(Number).reduce((a, b) => a * 60 + b, 0);

async function answer(page: Page, position: number, text: string) {
  const question = page.getByRole("article", { name: `Question ${position + 1} of 12` });
  await question.getByLabel(`Answer to question ${position + 1}`, { exact: true }).fill(text);
  await question.getByRole("button", { name: position === 11 ? "Save and review" : "Next question" }).click();
  await expect(page.getByTestId(`save-status-${position}`)).toContainText("Saved at");
}

test("an eligible learner takes the exam: start, autosave, reload keeps time and answers, submit, results", async ({ page }) => {
  test.setTimeout(120_000);
  const learner = await seedLearner(["linear-algebra"]);
  await masterSkills(learner.id, "linear-algebra");
  await signIn(page, learner.email, learner.password);

  await page.getByRole("link", { name: "Exams" }).click();
  await expect(page.getByRole("heading", { name: "Exams", level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Go to the Linear Algebra exam" }).click();
  await expect(page.getByRole("heading", { name: "Linear Algebra exam", level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Start the exam" }).click();
  await expect(page).toHaveURL(/\/exams\/attempts\/[^/]+$/);
  const attemptId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: /Question \d+ of 12/ })).toHaveCount(12);
  expect(await seriousViolations(page)).toEqual([]);

  // The browser's JSON holds prompts only.
  const api = await page.request.get(`/api/exams/attempts/${attemptId}`);
  expect(api.status()).toBe(200);
  const apiText = await api.text();
  expect(apiText).not.toContain(`"solution":`);
  expect(apiText).not.toContain(`"expectedLatex":`);

  const answers = await examRightAnswers(attemptId);
  for (let i = 0; i < 6; i++) await answer(page, i, answers[i]);
  // Typing alone saves after a short pause (debounce), without leaving the box.
  await page.getByLabel("Answer to question 7", { exact: true }).fill(answers[6]);
  await expect(page.getByTestId("save-status-6")).toContainText("Saved at", { timeout: 5_000 });

  const before = seconds(await page.getByTestId("exam-timer").innerText());
  expect(before).toBeLessThanOrEqual(3600);
  await page.reload();
  const after = seconds(await page.getByTestId("exam-timer").innerText());
  expect(after).toBeLessThanOrEqual(before);
  expect(after).toBeGreaterThan(before - 60);
  for (let i = 0; i < 7; i++) await expect(page.getByLabel(`Answer to question ${i + 1}`, { exact: true })).toHaveValue(answers[i]);

  for (let i = 7; i < 11; i++) await answer(page, i, answers[i]);
  // Question 12 stays blank: 11 of 12 right is 91.7 %, a pass at 80 %.
  await page.getByRole("button", { name: "Submit the exam" }).click();
  await expect(page.getByRole("heading", { name: "Submit the exam now?" })).toBeFocused();
  await expect(page.getByText("You have answered 11 of 12 questions.")).toBeVisible();
  await page.getByRole("button", { name: "Yes, submit the exam" }).click();

  await expect(page.getByRole("heading", { name: "Linear Algebra exam: results", level: 1 })).toBeVisible();
  await expect(page.getByTestId("exam-score")).toHaveText("91.7 % — Passed");
  await expect(page.getByRole("heading", { name: /^Question \d+: correct$/ })).toHaveCount(11);
  const blank = page.getByRole("article", { name: "Question 12: not correct" });
  await expect(blank.getByText("none saved")).toBeVisible();
  await expect(blank.getByText("Correct answer:")).toBeVisible();
  await expect(blank.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Answers after submission are refused; the overview shows the attempt in the history.
  const late = await page.request.put(`/api/exams/attempts/${attemptId}/answers`, { data: { position: 11, answer: answers[11] } });
  expect(late.status()).toBe(409);
  await page.goto("/exams");
  await expect(page.getByRole("cell", { name: "91.7 %" })).toBeVisible();
  await expect(page.getByText(/You can retake this exam in 2[34] h/)).toBeVisible();
});

test("a learner short of 80 % sees the exam locked with the skills still missing; phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const learner = await seedLearner(["pca"]);
  await masterSkills(learner.id, "pca", 10);
  await signIn(page, learner.email, learner.password);
  await page.goto("/exams/pca");
  await expect(page.getByText("Locked: you have learned 10 of 20 skills; the exam unlocks at 16. Learn 6 more.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the exam" })).toHaveCount(0);
  await page.getByText("Skills not learned yet (10)").click();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link") }).last()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page)).toEqual([]);
});
