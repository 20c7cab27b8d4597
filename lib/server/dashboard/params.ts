// Query-string state of the cohort views, parsed at the edge. Sort keys and filters are checked
// against allow-lists here and mapped to fixed SQL fragments elsewhere: never interpolated.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const MEMBER_SORT_KEYS = ["name", "lastActive", "mastery", "due", "overdue", "completion"] as const;
export const MEMBER_FILTERS = ["all", "inactive", "overdue", "exam-passed", "no-exam", "certified"] as const;
export const ITEM_WINDOWS = ["7", "30", "90", "all"] as const;

export type MemberSortKey = (typeof MEMBER_SORT_KEYS)[number];
export type MemberFilter = (typeof MEMBER_FILTERS)[number];
export type ItemWindow = (typeof ITEM_WINDOWS)[number];

const listed = (name: string, values: readonly string[]) =>
  `Unknown ${name}: use one of ${values.join(", ")}.`;

const page = z.coerce.number({ error: "page must be a whole number from 1." }).int("page must be a whole number from 1.").min(1, "page must be a whole number from 1.").max(100_000, "page is too large.").default(1);

export const membersQuery = z.object({
  sort: z.enum(MEMBER_SORT_KEYS, { error: listed("sort key", MEMBER_SORT_KEYS) }).default("name"),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc." }).default("asc"),
  filter: z.enum(MEMBER_FILTERS, { error: listed("filter", MEMBER_FILTERS) }).default("all"),
  q: z.string().trim().max(100, "Search text is limited to 100 characters.").default(""),
  page,
}).strict();
export type MembersQuery = z.infer<typeof membersQuery>;

export const pageQuery = z.object({ page }).strict();

export const itemsQuery = z.object({
  window: z.enum(ITEM_WINDOWS, { error: listed("window (days)", ITEM_WINDOWS) }).default("30"),
  skill: z.string().max(80, "skill id is too long.").optional(),
}).strict();
export type ItemsQuery = z.infer<typeof itemsQuery>;

/** Each key once; a repeated key (?sort=a&sort=b) is refused rather than guessed. */
function single(params: SearchParams): Parsed<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) return { ok: false, message: `The parameter "${key}" appears more than once.` };
    out[key] = value;
  }
  return { ok: true, value: out };
}

export function parseQuery<T>(schema: z.ZodType<T>, params: SearchParams): Parsed<T> {
  const flat = single(params);
  if (!flat.ok) return flat;
  const result = schema.safeParse(flat.value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (issue?.code === "unrecognized_keys") return { ok: false, message: `Unknown parameter "${issue.keys[0]}".` };
  return { ok: false, message: issue?.message ?? "The query string is not valid." };
}

/** URLSearchParams → the plain object parseQuery takes (route handlers). */
export function fromUrl(url: URL): SearchParams {
  const out: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}
