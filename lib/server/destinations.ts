// Where to send a user after signing in: only paths on this site, never another origin.

export const HOME_PATH = "/learn";

export function safeDestination(raw: unknown): string {
  if (typeof raw !== "string" || raw === "") return HOME_PATH;
  try {
    const url = new URL(raw, "http://basis.invalid");
    // Resolving against a placeholder keeps path and query and drops any scheme or host.
    const target = `${url.pathname}${url.search}`;
    return target.startsWith("/") && !target.startsWith("//") ? target : HOME_PATH;
  } catch {
    return HOME_PATH;
  }
}
