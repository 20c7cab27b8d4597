// Small pieces the cohort views share: the refusal message for a bad query string, page links
// that keep the rest of the query, and number/date formats.
import Link from "next/link";
import { SNAPSHOT_TTL_MS } from "@/lib/server/dashboard/snapshot";

export const pct = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? "—" : `${Math.round(x * 100)}%`);
export const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "never");
export const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

export function QueryError({ message, href }: { message: string; href: string }) {
  return (
    <div className="notice" role="alert">
      <p>{message}</p>
      <p><Link href={href}>Show the default view</Link></p>
    </div>
  );
}

/** `base?key=value&…` with `changes` applied; empty values are dropped. */
export function withQuery(base: string, current: Record<string, string | number | undefined>, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) if (v !== undefined && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

export function Pager({ base, current, page, pages, label }: {
  base: string; current: Record<string, string | number | undefined>; page: number; pages: number; label: string;
}) {
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? <Link href={withQuery(base, current, { page: page - 1 })}>Previous page</Link> : <span aria-hidden="true">Previous page</span>}
      <span>Page {page} of {pages}</span>
      {page < pages ? <Link href={withQuery(base, current, { page: page + 1 })}>Next page</Link> : <span aria-hidden="true">Next page</span>}
    </nav>
  );
}

/** When a cohort-wide snapshot was computed (lib/server/dashboard/snapshot.ts). */
export function AsOf({ at }: { at: Date }) {
  return (
    <p className="muted">
      Figures as of {at.toISOString().slice(11, 16)} UTC; they are recomputed at most every {Math.round(SNAPSHOT_TTL_MS / 60_000)} minutes.
    </p>
  );
}
