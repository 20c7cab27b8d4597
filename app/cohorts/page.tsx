import type { Metadata } from "next";
import { leftCohortMessage, myCohorts } from "@/lib/server/cohorts/membership";
import { requireUser } from "@/lib/server/session";
import { ActionForm } from "./action-form";
import { joinCohortAction, leaveCohortAction } from "./actions";
import { courseList, isoDay } from "./format";
import { PrivacyNotice } from "./privacy-notice";
import "@/app/learn/learner.css";
import "./cohorts.css";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { joined, left } = await searchParams;
  const cohorts = await myCohorts(user);
  const justJoined = cohorts.find((c) => c.id === joined);
  const leftMessage = typeof left === "string" ? await leftCohortMessage(user, left) : null;
  return (
    <div className="stack">
      <h1>Your cohorts</h1>
      {justJoined && <p role="status">You joined {justJoined.name}.</p>}
      {leftMessage && <p role="status">{leftMessage}</p>}
      <PrivacyNotice />
      <section className="stack" aria-labelledby="member-heading">
        <h2 id="member-heading">Cohorts you belong to</h2>
        {cohorts.length === 0 ? (
          <p>You are not in any cohort. If your instructor gave you a join code, enter it below.</p>
        ) : (
          <ul className="cohort-list">
            {cohorts.map((c) => (
              <li key={c.id} className="panel stack">
                <h3>{c.name}</h3>
                <p className="muted">
                  {courseList(c.courses)} · starts {isoDay(c.startDate)} · joined {isoDay(c.joinedAt)}
                </p>
                <p>Instructors who can see your progress: {c.instructors.length > 0 ? c.instructors.join(", ") : "none yet"}.</p>
                <ActionForm action={leaveCohortAction} submitLabel={`Leave ${c.name}`} pendingLabel="Leaving…" secondary label={`Leave ${c.name}`}>
                  <input type="hidden" name="cohortId" value={c.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel stack" aria-labelledby="join-heading">
        <h2 id="join-heading">Join a cohort</h2>
        <ActionForm action={joinCohortAction} submitLabel="Join" pendingLabel="Joining…" label="Join a cohort">
          <div className="field">
            <label htmlFor="join-code">Join code</label>
            <p className="hint" id="join-code-hint">8 letters and digits from your instructor, like ABCD-2345.</p>
            <input id="join-code" name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} required aria-describedby="join-code-hint" />
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
