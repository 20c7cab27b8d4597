import type { Metadata } from "next";
import Link from "next/link";
import { searchUsers } from "@/lib/server/cohorts/roles";
import { requireRole } from "@/lib/server/session";
import { ActionForm } from "../../cohorts/action-form";
import { isoDay } from "../../cohorts/format";
import { setRoleAction } from "./actions";
import "@/app/learn/learner.css";
import "@/app/cohorts/cohorts.css";

export const metadata: Metadata = { title: "Users" };

const ROLE_LABEL = { LEARNER: "Learner", INSTRUCTOR: "Instructor", ADMIN: "Administrator" } as const;

function pageHref(q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/admin/users?${s}` : "/admin/users";
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole("ADMIN");
  const query = await searchParams;
  const result = await searchUsers(admin, { q: query.q, page: query.page });
  if (!result.ok) return <p className="form-error">{result.message}</p>;
  const { users, total, page, pages, q } = result;
  return (
    <div className="stack">
      <h1>Users</h1>
      <form method="get" action="/admin/users" className="form narrow" role="search" aria-label="Users">
        <div className="field">
          <label htmlFor="user-search">Search by name or email</label>
          <input id="user-search" name="q" type="search" defaultValue={q} />
        </div>
        <div>
          <button type="submit" className="button secondary">Search</button>
        </div>
      </form>
      <p role="status">
        {total === 1 ? "1 account" : `${total} accounts`}
        {q ? ` match “${q}”` : ""} · page {page} of {pages}
      </p>
      <div className="table-wrap">
        <table className="data">
          <caption className="muted">Accounts by name</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Joined</th><th scope="col">Change role</th></tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>{ROLE_LABEL[u.role]}</td>
                <td>{isoDay(u.createdAt)}</td>
                <td>
                  {u.role === "ADMIN" ? (
                    "—"
                  ) : (
                    <ActionForm
                      action={setRoleAction}
                      submitLabel={u.role === "INSTRUCTOR" ? "Make learner" : "Make instructor"}
                      pendingLabel="Saving…"
                      secondary
                      label={`Change the role of ${u.name}`}
                    >
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="role" value={u.role === "INSTRUCTOR" ? "LEARNER" : "INSTRUCTOR"} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pages">
        {page > 1 && <Link href={pageHref(q, page - 1)}>Previous page</Link>}
        {page < pages && <Link href={pageHref(q, page + 1)}>Next page</Link>}
      </nav>
    </div>
  );
}
