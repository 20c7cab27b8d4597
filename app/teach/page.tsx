import type { Metadata } from "next";
import Link from "next/link";
import { cohortsIRun, type CohortHeadline } from "@/lib/server/cohorts/overview";
import { requireRole, STAFF_ROLES } from "@/lib/server/session";
import { COURSES, courseTitle } from "@/lib/server/skill-graph";
import { ActionForm } from "../cohorts/action-form";
import { codeLabel, courseList, isoDay, percent } from "../cohorts/format";
import { addLearnerAction, renewJoinCodeAction } from "./actions";
import { NewCohortForm } from "./new-cohort-form";
import "@/app/learn/learner.css";
import "@/app/cohorts/cohorts.css";

export const metadata: Metadata = { title: "Teach" };

function CohortCard({ cohort, now, created }: { cohort: CohortHeadline; now: Date; created: boolean }) {
  const headingId = `cohort-${cohort.id}`;
  return (
    <li className="panel stack" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link href={`/teach/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </h3>
      {created && <p role="status">Cohort created. Share the join code or the join link with your learners.</p>}
      <p className="muted">
        {courseList(cohort.courses)} · starts {isoDay(cohort.startDate)}
      </p>
      <dl className="figures">
        <div><dt>Members</dt><dd>{cohort.members}</dd></div>
        <div><dt>Active in the last 7 days</dt><dd>{cohort.activeLast7Days}</dd></div>
        <div><dt>Reviews in the last 7 days</dt><dd>{cohort.reviewsLast7Days}</dd></div>
        {cohort.courses.map((course) => (
          <div key={course}>
            <dt>Median mastery, {courseTitle(course)}</dt>
            <dd>{percent(cohort.medianMastery[course] ?? null)}</dd>
          </div>
        ))}
      </dl>
      <p>
        Join code: <span className="join-code">{codeLabel(cohort.joinCode, cohort.joinCodeExpiresAt, now)}</span> · join link:{" "}
        <code>/join/{cohort.joinCode}</code>
      </p>
      <details className="manage">
        <summary>Manage {cohort.name}</summary>
        <div className="stack">
          <ActionForm action={addLearnerAction} submitLabel="Add learner" pendingLabel="Adding…" label={`Add a learner to ${cohort.name}`}>
            <input type="hidden" name="cohortId" value={cohort.id} />
            <div className="field">
              <label htmlFor={`add-${cohort.id}`}>Add a learner by email (existing accounts only)</label>
              <input id={`add-${cohort.id}`} name="email" type="email" autoComplete="off" required />
            </div>
          </ActionForm>
          <ActionForm action={renewJoinCodeAction} submitLabel="Replace join code" pendingLabel="Replacing…" secondary label={`New join code for ${cohort.name}`}>
            <input type="hidden" name="cohortId" value={cohort.id} />
            <div className="field">
              <label htmlFor={`expiry-${cohort.id}`}>New code valid until (optional)</label>
              <input id={`expiry-${cohort.id}`} name="codeExpiresOn" type="date" />
            </div>
          </ActionForm>
        </div>
      </details>
    </li>
  );
}

export default async function TeachPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole(...STAFF_ROLES);
  const { created } = await searchParams;
  const now = new Date();
  const cohorts = await cohortsIRun(user, now);
  return (
    <div className="stack">
      <h1>Teach</h1>
      <section className="stack" aria-labelledby="my-cohorts-heading">
        <h2 id="my-cohorts-heading">{user.role === "ADMIN" ? "All cohorts" : "Cohorts you run"}</h2>
        {cohorts.length === 0 ? (
          <p>You do not run any cohorts yet. Create one below and share its join code with your learners.</p>
        ) : (
          <ul className="cohort-list">
            {cohorts.map((c) => (
              <CohortCard key={c.id} cohort={c} now={now} created={created === c.id} />
            ))}
          </ul>
        )}
      </section>
      <section className="panel stack" aria-labelledby="new-cohort-heading">
        <h2 id="new-cohort-heading">New cohort</h2>
        <NewCohortForm courses={COURSES} today={isoDay(now)} />
      </section>
    </div>
  );
}
