import type { Metadata } from "next";
import { requireRole, STAFF_ROLES } from "@/lib/server/session";

export const metadata: Metadata = { title: "Teach" };

// Instructor home; the dashboards issue replaces this placeholder with cohorts.
export default async function TeachPage() {
  await requireRole(...STAFF_ROLES);
  return (
    <div className="stack">
      <h1>Teach</h1>
      <p>Your cohorts will appear here.</p>
    </div>
  );
}
