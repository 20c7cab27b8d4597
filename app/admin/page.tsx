import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireRole("ADMIN");
  return (
    <div className="stack">
      <h1>Admin</h1>
      <ul className="features">
        <li>
          <Link href="/admin/users">Users</Link>: find accounts and make a learner an instructor (or back).
        </li>
        <li>
          <Link href="/admin/certificates">Certificates</Link>: look up and revoke issued certificates.
        </li>
        <li>
          <Link href="/teach">All cohorts</Link> with their headline figures.
        </li>
      </ul>
    </div>
  );
}
