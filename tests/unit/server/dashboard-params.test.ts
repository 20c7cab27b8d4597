import { describe, expect, it } from "vitest";
import { fromUrl, itemsQuery, membersQuery, pageQuery, parseQuery } from "@/lib/server/dashboard/params";
import { containsPattern } from "@/lib/server/dashboard/sql";

describe("members query string", () => {
  it("defaults to name ascending, everyone, page 1", () => {
    expect(parseQuery(membersQuery, {})).toEqual({ ok: true, value: { sort: "name", dir: "asc", filter: "all", q: "", page: 1 } });
  });

  it("accepts listed sort keys and filters", () => {
    expect(parseQuery(membersQuery, { sort: "overdue", dir: "desc", filter: "inactive", q: " ada ", page: "3" }))
      .toEqual({ ok: true, value: { sort: "overdue", dir: "desc", filter: "inactive", q: "ada", page: 3 } });
  });

  it("refuses unknown sort keys, filters and parameters with a message naming the choices", () => {
    expect(parseQuery(membersQuery, { sort: "name; DROP TABLE \"User\"" })).toEqual({ ok: false, message: expect.stringMatching(/^Unknown sort key: use one of name, lastActive, mastery/) });
    expect(parseQuery(membersQuery, { filter: "rich" })).toEqual({ ok: false, message: expect.stringMatching(/^Unknown filter: use one of all, inactive/) });
    expect(parseQuery(membersQuery, { colour: "red" })).toEqual({ ok: false, message: 'Unknown parameter "colour".' });
    expect(parseQuery(membersQuery, { dir: "up" })).toEqual({ ok: false, message: "dir must be asc or desc." });
  });

  it("refuses bad pages and repeated keys", () => {
    for (const page of ["0", "-1", "1.5", "x"]) expect(parseQuery(pageQuery, { page })).toEqual({ ok: false, message: "page must be a whole number from 1." });
    expect(parseQuery(membersQuery, { sort: ["name", "due"] })).toEqual({ ok: false, message: 'The parameter "sort" appears more than once.' });
  });

  it("reads a URL's query string, keeping repeats visible", () => {
    expect(fromUrl(new URL("http://x/a?window=7&skill=a&skill=b"))).toEqual({ window: "7", skill: ["a", "b"] });
    expect(parseQuery(itemsQuery, { window: "365" })).toEqual({ ok: false, message: "Unknown window (days): use one of 7, 30, 90, all." });
  });
});

describe("containsPattern", () => {
  it("takes the user's % _ and \\ literally in ILIKE", () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
