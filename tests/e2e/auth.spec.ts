import { expect, test } from "@playwright/test";
import { DEMO, signIn, uniqueEmail } from "./helpers";

test("sign up lands on /learn; sign out; sign in again", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/");
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("analytical-engine");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ada Lovelace");
  await expect(page.getByText("Role: Learner")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Signed out for real: prefetches still in flight at sign-out must not have restored the session.
  await page.goto("/learn");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Flearn$/);

  await signIn(page, email, "analytical-engine");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ada Lovelace");
});

test("a wrong password and an unknown email get the same message, and the email is kept", async ({ page }) => {
  for (const email of [DEMO.learner.email, uniqueEmail()]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
});

test("an anonymous visit to /learn goes to sign-in, then back to /learn", async ({ page }) => {
  await page.goto("/learn");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(DEMO.learner.email);
  await page.getByLabel("Password").fill(DEMO.learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/learn$/);
});

test("sign-up errors appear next to their fields and keep what was typed except the password", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Bad Input");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.locator("#email-error")).toHaveText(/Enter an email address/);
  await expect(page.locator("#password-error")).toHaveText(/at least 10 characters/);
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue("Bad Input");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Email").fill(DEMO.learner.email);
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#email-error")).toHaveText(/already exists/);
  await expect(page.locator("#password-error")).toHaveCount(0);
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.learner.email);
});

test("navigation follows the role: instructors see Teach, learners get a 403 there", async ({ page, browser }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await expect(page.getByText("Role: Instructor")).toBeVisible();
  await page.getByRole("link", { name: "Teach" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teach");

  const learner = await browser.newPage();
  await signIn(learner, DEMO.learner.email, DEMO.learner.password);
  await expect(learner.getByRole("link", { name: "Teach" })).toHaveCount(0);
  const response = await learner.goto("/teach");
  expect(response?.status()).toBe(403);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText("Not available to your account");
  await learner.close();
});
