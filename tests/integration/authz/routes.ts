// THE authorization matrix: one row per page, route handler (per HTTP method) and server action
// under app/**, with what each persona must get. tests/integration/authz/completeness.test.ts fails
// for any page/route/action without a row (and for rows whose file is gone); the rows are checked by
//   - tests/e2e/authz.spec.ts: pages and route handlers over HTTP against the production build,
//     each persona signed in through the real sign-in form (anonymous = no cookie);
//   - tests/integration/authz/actions.test.ts: every server action called as exported, in a real
//     Postgres, with the session (auth() in @/auth) returning each persona; requireUser/requireRole/
//     requireCohortStaff and next/navigation run for real, so a redirect/forbidden()/notFound() is
//     observed exactly as Next would turn it into a response.
//
// HOW TO ADD YOUR ROWS (minimal edit, keep the groups):
//   { kind: "page",   path: "/teach/cohorts/[id]", params: { id: "cohortId" }, expect: COHORT_STAFF }
//   { kind: "route",  path: "/api/x/[id]", method: "POST", params: { id: "problemId" }, body: {...}, expect: {...} }
//   { kind: "action", file: "app/teach/actions.ts", name: "createCohortAction", args: (f) => [{}, form({...})], expect: STAFF }
// - path: the app/ folder path as written ("/verify/[code]/pdf"), route groups "(x)" left out;
//   `sample` overrides the URL for catch-all segments ("/api/auth/session").
// - params: each dynamic segment → a fixture name (FIXTURES below; the e2e spec creates them around
//   ONE cohort) or { literal: "..." }.
// - expect: for every persona, "allow" or the deny kind: "signin" (redirect to /sign-in), 401, 403, 404.
//   For HTTP rows, "allow" = any response that is not one of the deny kinds (a 400/409/422 for a
//   sample body means authorization passed). For actions, "allow" = the action returned or
//   redirected anywhere but /sign-in.
// - Personas: anonymous; learner (in no cohort); learnerOfCohort (member of THE cohort, owns the
//   problem, exam attempt and certificate fixtures); instructorOfOtherCohort; instructorOfCohort
//   (runs THE cohort); admin.
// NOTE: proxy.ts answers anonymous requests without a session cookie before any handler runs:
// /api/* with 401, everything else not public with a redirect to /sign-in.

export const PERSONAS = ["anonymous", "learner", "learnerOfCohort", "instructorOfOtherCohort", "instructorOfCohort", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];
export type Verdict = "allow" | "signin" | 401 | 403 | 404;
export type Expectation = Record<Persona, Verdict>;

/** Values the e2e spec and the action test create around THE cohort. */
export type Fixtures = {
  cohortId: string;
  otherCohortId: string;
  joinCode: string;
  learnerOfCohortId: string;
  learnerEmail: string;
  problemId: string;
  examAttemptId: string;
  certificateCode: string;
  skillId: string;
  course: string;
};
export type FixtureName = keyof Fixtures;
export type ParamSource = FixtureName | { literal: string };

export type PageRow = { kind: "page"; path: string; params?: Record<string, ParamSource>; expect: Expectation };
export type RouteRow = {
  kind: "route";
  path: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  params?: Record<string, ParamSource>;
  sample?: string;
  body?: unknown;
  expect: Expectation;
};
export type ActionRow = { kind: "action"; file: string; name: string; args?: (f: Fixtures) => unknown[]; expect: Expectation };
export type AuthzRow = PageRow | RouteRow | ActionRow;

const every = (v: Verdict): Expectation => ({
  anonymous: v, learner: v, learnerOfCohort: v, instructorOfOtherCohort: v, instructorOfCohort: v, admin: v,
});
/** Anyone, signed in or not. */
export const PUBLIC = every("allow");
/** Any signed-in user; anonymous visitors go to sign-in. */
export const SIGNED_IN: Expectation = { ...every("allow"), anonymous: "signin" };
/** Instructors and admins. */
export const STAFF: Expectation = { ...SIGNED_IN, learner: 403, learnerOfCohort: 403 };
export const ADMIN_ONLY: Expectation = { ...every(403), anonymous: "signin", admin: "allow" };
/** The instructors of THE cohort and admins (lib/server/cohorts/access.ts). */
export const COHORT_STAFF: Expectation = { ...every(403), anonymous: "signin", instructorOfCohort: "allow", admin: "allow" };
/** Only learnerOfCohort, who owns the fixture; everyone else signed in gets `others`. */
export const OWNER_ONLY = (others: 403 | 404): Expectation => ({ ...every(others), anonymous: "signin", learnerOfCohort: "allow" });
/** API routes: proxy.ts answers anonymous calls with 401 instead of a sign-in redirect. */
const api = (e: Expectation): Expectation => ({ ...e, anonymous: 401 });

/** A FormData from plain fields (arrays become repeated fields). */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const answer = { clientId: "authz-probe", answer: "1", timeTakenMs: 1000, usedHint: false, gaveUp: false };

export const AUTHZ_TABLE: readonly AuthzRow[] = [
  // --- Pages ---------------------------------------------------------------------------------
  { kind: "page", path: "/", expect: PUBLIC },
  { kind: "page", path: "/sign-in", expect: PUBLIC },
  { kind: "page", path: "/sign-up", expect: PUBLIC },
  { kind: "page", path: "/learn", expect: SIGNED_IN },
  { kind: "page", path: "/progress", expect: SIGNED_IN },
  { kind: "page", path: "/settings", expect: SIGNED_IN },
  { kind: "page", path: "/practice/[skill]", params: { skill: "skillId" }, expect: SIGNED_IN },
  { kind: "page", path: "/skills/[skill]", params: { skill: "skillId" }, expect: SIGNED_IN },
  { kind: "page", path: "/problems/[id]", params: { id: "problemId" }, expect: OWNER_ONLY(404) },
  { kind: "page", path: "/certificates", expect: SIGNED_IN },
  { kind: "page", path: "/exams", expect: SIGNED_IN },
  { kind: "page", path: "/exams/[course]", params: { course: "course" }, expect: SIGNED_IN },
  { kind: "page", path: "/exams/attempts/[id]", params: { id: "examAttemptId" }, expect: OWNER_ONLY(403) },
  { kind: "page", path: "/verify/[code]", params: { code: "certificateCode" }, expect: PUBLIC },
  { kind: "page", path: "/verify/[code]/print", params: { code: "certificateCode" }, expect: PUBLIC },
  { kind: "page", path: "/cohorts", expect: SIGNED_IN },
  { kind: "page", path: "/join/[code]", params: { code: "joinCode" }, expect: SIGNED_IN },
  { kind: "page", path: "/teach", expect: STAFF },
  { kind: "page", path: "/teach/cohorts/[id]", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "page", path: "/teach/cohorts/[id]/at-risk", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "page", path: "/teach/cohorts/[id]/charts", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "page", path: "/teach/cohorts/[id]/exams", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "page", path: "/teach/cohorts/[id]/heatmap", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "page", path: "/teach/cohorts/[id]/items", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "page", path: "/teach/cohorts/[id]/learners/[userId]", params: { id: "cohortId", userId: "learnerOfCohortId" }, expect: COHORT_STAFF },
  { kind: "page", path: "/admin", expect: ADMIN_ONLY },
  { kind: "page", path: "/admin/users", expect: ADMIN_ONLY },
  { kind: "page", path: "/admin/certificates", expect: ADMIN_ONLY },

  // --- Route handlers ------------------------------------------------------------------------
  { kind: "route", path: "/api/health", method: "GET", expect: PUBLIC },
  { kind: "route", path: "/api/auth/[...nextauth]", method: "GET", sample: "/api/auth/session", expect: PUBLIC },
  { kind: "route", path: "/api/auth/[...nextauth]", method: "POST", sample: "/api/auth/_log", expect: PUBLIC },
  { kind: "route", path: "/.well-known/jwks.json", method: "GET", expect: PUBLIC },
  { kind: "route", path: "/verify/[code]/credential", method: "GET", params: { code: "certificateCode" }, expect: PUBLIC },
  { kind: "route", path: "/verify/[code]/pdf", method: "GET", params: { code: "certificateCode" }, expect: PUBLIC },
  { kind: "route", path: "/teach/cohorts/[id]/export/members", method: "GET", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "route", path: "/teach/cohorts/[id]/export/attempts", method: "GET", params: { id: "cohortId" }, expect: COHORT_STAFF },
  { kind: "route", path: "/api/problems/[id]/attempts", method: "POST", params: { id: "problemId" }, body: answer, expect: api(OWNER_ONLY(403)) },
  { kind: "route", path: "/api/exams/attempts", method: "POST", body: {}, expect: api(SIGNED_IN) },
  { kind: "route", path: "/api/exams/attempts/[id]", method: "GET", params: { id: "examAttemptId" }, expect: api(OWNER_ONLY(403)) },
  { kind: "route", path: "/api/exams/attempts/[id]/answers", method: "PUT", params: { id: "examAttemptId" }, body: { position: 0, answer: "1" }, expect: api(OWNER_ONLY(403)) },
  { kind: "route", path: "/api/exams/attempts/[id]/submit", method: "POST", params: { id: "examAttemptId" }, expect: api(OWNER_ONLY(403)) },

  // --- Server actions ------------------------------------------------------------------------
  { kind: "action", file: "app/actions.ts", name: "signInAction", args: () => [{ email: "" }, form({ email: "x@example.com", password: "wrong-password" })], expect: PUBLIC },
  { kind: "action", file: "app/actions.ts", name: "signUpAction", args: () => [{ fieldErrors: {}, values: { name: "", email: "" } }, form({})], expect: PUBLIC },
  { kind: "action", file: "app/actions.ts", name: "signOutAction", expect: PUBLIC },
  { kind: "action", file: "app/settings/actions.ts", name: "saveSettingsAction", args: () => [{ values: {}, errors: {} }, form({ timeZone: "Mars/Base", dailyGoal: "0" })], expect: SIGNED_IN },
  { kind: "action", file: "app/learn/actions.ts", name: "enrolAction", args: () => [{}, form({})], expect: SIGNED_IN },
  { kind: "action", file: "app/learn/actions.ts", name: "morePracticeAction", expect: SIGNED_IN },
  { kind: "action", file: "app/learn/actions.ts", name: "submitAnswerAction", args: (f) => [{ ...answer, problemId: f.problemId }], expect: SIGNED_IN },
  { kind: "action", file: "app/exams/actions.ts", name: "startExamAction", args: () => [{}, form({ course: "not-a-course" })], expect: SIGNED_IN },
  { kind: "action", file: "app/admin/certificates/actions.ts", name: "revokeCertificateAction", args: () => [{}, form({})], expect: ADMIN_ONLY },
  { kind: "action", file: "app/cohorts/actions.ts", name: "joinCohortAction", args: (f) => [{}, form({ code: f.joinCode })], expect: SIGNED_IN },
  { kind: "action", file: "app/cohorts/actions.ts", name: "leaveCohortAction", args: (f) => [{}, form({ cohortId: f.cohortId })], expect: SIGNED_IN },
  {
    kind: "action", file: "app/teach/actions.ts", name: "createCohortAction",
    args: () => [{}, form({ name: "Probe", courses: ["pca"], startDate: "2026-09-01" })], expect: STAFF,
  },
  { kind: "action", file: "app/teach/actions.ts", name: "renewJoinCodeAction", args: (f) => [{}, form({ cohortId: f.cohortId })], expect: COHORT_STAFF },
  {
    kind: "action", file: "app/teach/actions.ts", name: "addLearnerAction",
    args: (f) => [{}, form({ cohortId: f.cohortId, email: f.learnerEmail })], expect: COHORT_STAFF,
  },
  { kind: "action", file: "app/admin/users/actions.ts", name: "setRoleAction", args: (f) => [{}, form({ userId: f.learnerOfCohortId, role: "INSTRUCTOR" })], expect: ADMIN_ONLY },
];

/** The concrete URL of a page or route row for the fixtures. */
export function urlFor(row: PageRow | RouteRow, f: Fixtures): string {
  if (row.kind === "route" && row.sample) return row.sample;
  return row.path.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const source = row.params?.[name];
    if (source === undefined) throw new Error(`${row.path}: no params entry for [${name}]`);
    return encodeURIComponent(typeof source === "string" ? f[source] : source.literal);
  });
}

export function rowKey(row: AuthzRow): string {
  if (row.kind === "action") return `action ${row.file}#${row.name}`;
  if (row.kind === "route") return `route ${row.method} ${row.path}`;
  return `page ${row.path}`;
}
