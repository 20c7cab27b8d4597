import { expect, test, type Page } from "@playwright/test";
import { DEMO, seriousViolations, signIn } from "./helpers";


for (const path of ["/", "/sign-in", "/sign-up"]) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("axe finds no serious or critical violations on /learn", async ({ page }) => {
  await signIn(page, DEMO.learner.email, DEMO.learner.password);
  expect(await seriousViolations(page)).toEqual([]);
});

test("pages fit a phone-width screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/sign-up"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the sign-in form can be completed with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(DEMO.learner.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO.learner.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/learn$/);
});
