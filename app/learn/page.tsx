import type { Metadata } from "next";
import { requireUser } from "@/lib/server/session";
import { roleLabel } from "../role-label";

export const metadata: Metadata = { title: "Learn" };

// The learner's home. Issue "learner loop" fills it with today's set and progress.
export default async function LearnPage() {
  const user = await requireUser();
  return (
    <div className="stack">
      <h1>Welcome, {user.name}</h1>
      <p>
        Signed in as <strong>{user.email}</strong> · Role: <strong>{roleLabel(user.role)}</strong>
      </p>
      <section aria-labelledby="today-heading" className="panel">
        <h2 id="today-heading">Today</h2>
        <p>Your daily practice set will appear here.</p>
      </section>
    </div>
  );
}
