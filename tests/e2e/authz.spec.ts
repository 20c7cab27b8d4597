// The HTTP half of the authorization matrix (tests/integration/authz/routes.ts): every page and
// route handler row requested as each persona against the production build. Personas sign in
// through Auth.js's credentials endpoint (csrf → callback), the same path the sign-in form posts to;
// anonymous requests carry no cookie. Redirects are not followed: a redirect to /sign-in is
// "signin", 401/403/404 are themselves, 5xx is a failure, anything else is "allow".
import { randomBytes, randomUUID } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { e2ePool, seedLearner, type SeededLearner } from "./fixtures";
import { AUTHZ_TABLE, PERSONAS, rowKey, urlFor, type Fixtures, type PageRow, type Persona, type RouteRow } from "../integration/authz/routes";

type World = { fixtures: Fixtures; contexts: Record<Persona, APIRequestContext> };

async function withRole(role: "LEARNER" | "INSTRUCTOR" | "ADMIN", name: string): Promise<SeededLearner> {
  const user = await seedLearner(["linear-algebra"], name);
  await e2ePool().query(`UPDATE "User" SET role = $1::"Role" WHERE id = $2`, [role, user.id]);
  return user;
}

async function cohort(name: string, instructorId: string): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  // Codes outside Crockford's alphabet (U) cannot clash with a generated one.
  const code = `U${randomBytes(4).toString("hex").toUpperCase().slice(0, 7)}`;
  const db = e2ePool();
  await db.query(`INSERT INTO "Cohort" (id, name, courses, "startDate", "joinCode", "createdById") VALUES ($1, $2, $3, '2026-01-05', $4, $5)`, [id, name, ["linear-algebra"], code, instructorId]);
  await db.query(`INSERT INTO "CohortInstructor" ("cohortId", "userId") VALUES ($1, $2)`, [id, instructorId]);
  return { id, code };
}

async function signedIn(baseURL: string, user: SeededLearner | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (!user) return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/learn" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${user.email}`).toBeLessThan(400);
  const cookies = await context.storageState();
  expect(cookies.cookies.some((c) => c.name.includes("authjs.session-token")), `session cookie for ${user.email}`).toBe(true);
  return context;
}

async function buildWorld(baseURL: string): Promise<World> {
  const db = e2ePool();
  const learner = await withRole("LEARNER", "Lea Loner");
  const learnerOfCohort = await withRole("LEARNER", "Leo Member");
  const instructorOfOtherCohort = await withRole("INSTRUCTOR", "Otto Other");
  const instructorOfCohort = await withRole("INSTRUCTOR", "Ina Instructor");
  const admin = await withRole("ADMIN", "Ada Admin");
  const the = await cohort("Authz cohort", instructorOfCohort.id);
  await cohort("Other cohort", instructorOfOtherCohort.id);
  await db.query(`INSERT INTO "CohortMember" ("cohortId", "userId") VALUES ($1, $2)`, [the.id, learnerOfCohort.id]);
  const problemId = randomUUID();
  await db.query(
    `INSERT INTO "IssuedProblem" (id, "userId", "skillId", seed, level, "localDate", source) VALUES ($1, $2, 'la.intro.vector-add', 7, 1, to_char(now(), 'YYYY-MM-DD'), 'PRACTICE')`,
    [problemId, learnerOfCohort.id],
  );
  const examAttemptId = randomUUID();
  await db.query(
    `INSERT INTO "ExamAttempt" (id, "userId", course, status, deadline, "closedAt", score, "passMark", passed)
     VALUES ($1, $2, 'linear-algebra', 'SUBMITTED', now() - interval '1 hour', now() - interval '1 hour', 0, 0.7, false)`,
    [examAttemptId, learnerOfCohort.id],
  );
  // 26 characters of Crockford base32, the format lib/certificates/code.ts issues and parses.
  const certificateCode = [...randomBytes(26)].map((b) => "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[b & 31]).join("");
  await db.query(
    `INSERT INTO "Certificate" (id, code, "userId", credential, "holderName", "issuerName", skills) VALUES ($1, $2, $3, 'linear-algebra', 'Leo Member', 'Basis', $4)`,
    [randomUUID(), certificateCode, learnerOfCohort.id, ["la.intro.vector-add"]],
  );
  const fixtures: Fixtures = {
    cohortId: the.id, otherCohortId: "", joinCode: the.code, learnerOfCohortId: learnerOfCohort.id, learnerEmail: learner.email,
    problemId, examAttemptId, certificateCode, skillId: "la.intro.vector-add", course: "linear-algebra",
  };
  const users: Record<Persona, SeededLearner | null> = { anonymous: null, learner, learnerOfCohort, instructorOfOtherCohort, instructorOfCohort, admin };
  const contexts = {} as Record<Persona, APIRequestContext>;
  for (const persona of PERSONAS) contexts[persona] = await signedIn(baseURL, users[persona]);
  return { fixtures, contexts };
}

function verdictOf(status: number, location: string | undefined): string | number {
  if (status >= 300 && status < 400) return location && new URL(location, "http://localhost").pathname === "/sign-in" ? "signin" : "allow";
  if (status === 401 || status === 403 || status === 404) return status;
  // A rate limit (proxy.ts on /verify) says nothing about authorization: fail rather than pass vacuously.
  if (status === 429 || status >= 500) return `error ${status}`;
  return "allow";
}

let world: World | undefined;
test.beforeAll(async ({ baseURL }) => {
  world = await buildWorld(baseURL!);
});
test.afterAll(async () => {
  for (const context of Object.values(world?.contexts ?? {})) await context.dispose();
});

const httpRows = AUTHZ_TABLE.filter((r): r is PageRow | RouteRow => r.kind !== "action");

for (const [index, row] of httpRows.entries()) {
  test(`authz ${rowKey(row)}`, async () => {
    // proxy.ts rate-limits /verify per client address (the last X-Forwarded-For hop): one address
    // per row keeps these requests out of the buckets other specs exhaust on purpose.
    const headers = { "x-forwarded-for": `10.77.${Math.floor(index / 250)}.${index % 250}` };
    const { fixtures, contexts } = world!;
    const url = urlFor(row, fixtures);
    const method = row.kind === "route" ? row.method : "GET";
    const observed: Partial<Record<Persona, string | number>> = {};
    for (const persona of PERSONAS) {
      const response = await contexts[persona].fetch(url, {
        method,
        maxRedirects: 0,
        headers,
        ...(row.kind === "route" && row.body !== undefined ? { data: row.body } : {}),
      });
      observed[persona] = verdictOf(response.status(), response.headers()["location"]);
    }
    expect(observed, `${method} ${url}`).toEqual(row.expect);
  });
}
