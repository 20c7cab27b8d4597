import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { cohortForCodeLimited } from "@/lib/server/cohorts/join-limit";
import { clientAddress } from "@/lib/server/rate-limit";
import { currentUser } from "@/lib/server/session";
import { ActionForm } from "../../cohorts/action-form";
import { joinCohortAction } from "../../cohorts/actions";
import { courseList, isoDay } from "../../cohorts/format";
import { PrivacyNotice } from "../../cohorts/privacy-notice";
import "@/app/learn/learner.css";
import "@/app/cohorts/cohorts.css";

export const metadata: Metadata = { title: "Join a cohort" };

// The join link an instructor shares: signed-in learners confirm here; anonymous visitors sign in
// and come back (proxy.ts adds the callback; a stale session cookie is handled the same way below).
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/join/${code}`)}`);
  const found = await cohortForCodeLimited({ user, address: clientAddress(await headers()) }, code);
  if (!found.ok) {
    return (
      <div className="stack">
        <h1>Join a cohort</h1>
        <p className="form-error" role="alert">{found.message}</p>
        <p>
          <Link href="/cohorts">Enter a code on the cohorts page</Link>
        </p>
      </div>
    );
  }
  const { cohort } = found;
  return (
    <div className="stack">
      <h1>Join {cohort.name}?</h1>
      <p className="muted">
        {courseList(cohort.courses)} · starts {isoDay(cohort.startDate)} · instructors: {cohort.instructors.join(", ") || "none yet"}
      </p>
      <PrivacyNotice />
      <ActionForm action={joinCohortAction} submitLabel={`Join ${cohort.name}`} pendingLabel="Joining…" label={`Join ${cohort.name}`}>
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="from" value="join-link" />
      </ActionForm>
      <p>
        <Link href="/learn">Not now</Link>
      </p>
    </div>
  );
}
