// From a passed exam to a certificate a stranger can check: a learner with every skill mastered
// passes the Linear Algebra exam in the exam UI, finds the certificate on /certificates; a
// signed-out visitor verifies it (page, signed credential against the JWKS, one-page PDF); an
// admin revokes it and the public page and credential say so at once.
import { expect, test, type Page } from "@playwright/test";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { PDFDocument } from "pdf-lib";
import { readPdfTextLines } from "../helpers/pdfjs-text";
import { e2ePool, examRightAnswers, masterSkills, seedLearner } from "./fixtures";
import { DEMO, seriousViolations, signIn } from "./helpers";



/** A documentation-range address (RFC 5737) per context: the rate limit keys on the last forwarded hop. */
const probeAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}, 203.0.113.${Math.floor(Math.random() * 250) + 1}`;

async function passLinearAlgebraExam(page: Page): Promise<void> {
  await page.goto("/exams/linear-algebra");
  await page.getByRole("button", { name: "Start the exam" }).click();
  await expect(page).toHaveURL(/\/exams\/attempts\/[^/]+$/);
  const answers = await examRightAnswers(page.url().split("/").pop()!);
  expect(answers).toHaveLength(12);
  for (let i = 0; i < 12; i++) {
    const question = page.getByRole("article", { name: `Question ${i + 1} of 12` });
    await question.getByLabel(`Answer to question ${i + 1}`, { exact: true }).fill(answers[i]);
    await question.getByRole("button", { name: i === 11 ? "Save and review" : "Next question" }).click();
    await expect(page.getByTestId(`save-status-${i}`)).toContainText("Saved at");
  }
  await page.getByRole("button", { name: "Submit the exam" }).click();
  await page.getByRole("button", { name: "Yes, submit the exam" }).click();
  // Grading twelve answers and issuing the certificate can take a while on a loaded machine.
  await expect(page.getByTestId("exam-score")).toHaveText("100 % — Passed", { timeout: 30_000 });
}

test("passed exam → certificate → public verification, signed credential, PDF → revocation", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const learner = await seedLearner(["linear-algebra"], "Katherine Johnson");
  await masterSkills(learner.id, "linear-algebra");
  await signIn(page, learner.email, learner.password);

  await page.goto("/certificates");
  await expect(page.getByText("You have no certificates yet.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Linear Algebra/ }).getByRole("cell").first()).toHaveText(/^(\d+) \/ \1$/);

  await passLinearAlgebraExam(page);

  await page.goto("/certificates");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Mathematics for Machine Learning: Linear Algebra" }) });
  await expect(card).toBeVisible();
  await expect(page.getByRole("row", { name: /Linear Algebra/ })).toContainText("Passed with 100%");
  expect(await seriousViolations(page)).toEqual([]);
  const verifyPath = await card.getByRole("link", { name: "Verification page" }).getAttribute("href");
  expect(verifyPath).toMatch(/^\/verify\/([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$/);
  const code = verifyPath!.split("/").pop()!;

  // A stranger, signed out, with an address of its own so other specs' lookups never share its budget.
  const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": probeAddress() } });
  const visitor = await stranger.newPage();
  const response = await visitor.goto(verifyPath!.toLowerCase());
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { name: "Certificate verification", level: 1 })).toBeVisible();
  await expect(visitor.getByRole("status")).toContainText("Valid.");
  await expect(visitor.getByText("Katherine Johnson")).toBeVisible();
  await expect(visitor.getByText("Mathematics for Machine Learning: Linear Algebra")).toBeVisible();
  await expect(visitor.getByRole("heading", { name: /^Skills covered \(\d+\)$/ })).toBeVisible();
  expect(await visitor.content()).not.toContain(learner.email);
  expect(await visitor.content()).not.toContain(learner.id);
  expect(await seriousViolations(visitor)).toEqual([]);

  // Unknown and malformed codes: the same 404 page.
  for (const bad of [`${code.slice(0, -1)}${code.endsWith("0") ? "1" : "0"}`, "not-a-code"]) {
    const r = await visitor.goto(`/verify/${bad}`);
    expect(r?.status()).toBe(404);
    await expect(visitor.getByRole("heading", { name: "No such certificate" })).toBeVisible();
  }

  // The signed credential verifies against the published key set.
  const jwksResponse = await visitor.request.get("/.well-known/jwks.json");
  expect(jwksResponse.ok()).toBe(true);
  const keySet = createLocalJWKSet((await jwksResponse.json()) as JSONWebKeySet);
  const credential = await visitor.request.get(`${verifyPath}/credential`);
  expect(credential.status()).toBe(200);
  expect(credential.headers()["content-type"]).toBe("application/vc+jwt");
  const jwt = await credential.text();
  expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: "EdDSA", typ: "vc+jwt" });
  const { payload } = await jwtVerify(jwt, keySet);
  expect(payload.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
  expect(payload).toMatchObject({
    credentialSubject: { achievement: { name: "Mathematics for Machine Learning: Linear Algebra" } },
    credentialStatus: { status: "valid" },
  });
  const verifyUrl = String(payload.id);
  expect(verifyUrl.endsWith(verifyPath!)).toBe(true);

  // The PDF: one page, the verification URL as text.
  const pdf = await visitor.request.get(`${verifyPath}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const doc = await PDFDocument.load(await pdf.body());
  expect(doc.getPageCount()).toBe(1);
  expect(await readPdfTextLines(await pdf.body())).toContain(`Verify at ${verifyUrl}`);

  // The printable page carries the URL and the QR code.
  await visitor.goto(`${verifyPath}/print`);
  await expect(visitor.getByText(`Verify at ${verifyUrl}`)).toBeVisible();
  await expect(visitor.getByRole("img", { name: `QR code linking to ${verifyUrl}` })).toBeVisible();
  expect(await seriousViolations(visitor)).toEqual([]);

  // An admin revokes it; the public page and the credential show it at once.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password);
  await admin.goto(`/admin/certificates?q=${encodeURIComponent(code.toLowerCase())}`);
  expect(await seriousViolations(admin)).toEqual([]);
  await admin.getByLabel(/^Reason for revoking/).fill("Issued in error during testing");
  await admin.getByRole("button", { name: "Revoke" }).click();
  await expect(admin.getByRole("status")).toContainText("Certificate revoked.");
  await admin.reload();
  await expect(admin.getByText("Revoked", { exact: true })).toBeVisible();

  await visitor.goto(verifyPath!);
  await expect(visitor.getByRole("status")).toContainText("Revoked");
  await expect(visitor.getByRole("status")).toContainText("Issued in error during testing");
  expect(await seriousViolations(visitor)).toEqual([]);
  const revoked = await jwtVerify(await (await visitor.request.get(`${verifyPath}/credential`)).text(), keySet);
  expect(revoked.payload).toMatchObject({ credentialStatus: { status: "revoked", reason: "Issued in error during testing" } });

  await stranger.close();
  await adminContext.close();
});

test("verification lookups past the burst get 429 with Retry-After and a clear message", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": probeAddress() } });
  // A burst of 30, then one token every 2 s: the bucket runs dry within a few dozen quick lookups.
  const statuses: number[] = [];
  let pdf = await context.request.get("/verify/NOPE-0/pdf");
  statuses.push(pdf.status());
  while (statuses.length < 80 && pdf.status() !== 429) {
    pdf = await context.request.get(`/verify/NOPE-${statuses.length}/pdf`);
    statuses.push(pdf.status());
  }
  expect(statuses.slice(0, 30)).toEqual(Array(30).fill(404));
  expect(pdf.status()).toBe(429);
  expect(Number(pdf.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(await pdf.text()).toMatch(/Too many verification requests from your address\. Please wait \d+ s/);
  // The page shares the budget: a token that came back meanwhile (one per 2 s) is spent by one visit at most.
  const page = await context.newPage();
  let limited = await page.goto("/verify/NOPE");
  for (let i = 0; i < 5 && limited?.status() !== 429; i++) limited = await page.goto("/verify/NOPE");
  expect(limited?.status()).toBe(429);
  await expect(page.getByRole("heading", { name: "Too many requests" })).toBeVisible();
  await expect(page.getByText(/Please wait \d+ s and try again/)).toBeVisible();
  await context.close();
});

test("a learner cannot open the certificate admin page", async ({ page }) => {
  const learner = await seedLearner(["pca"]);
  await signIn(page, learner.email, learner.password);
  const response = await page.goto("/admin/certificates");
  expect(response?.status()).toBe(403);
});
