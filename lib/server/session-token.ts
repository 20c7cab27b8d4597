// The signed-in user's id read straight from the Auth.js session cookie, each distinct token
// decrypted once per process. auth() runs the whole Auth.js request pipeline and re-encrypts the
// token on every call (about a fifth of the submit route's CPU); this uses the same cookie names,
// salt (the cookie name) and secrets as Auth.js and its own decode(), so it accepts the same tokens.
import { cookies } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";

/** Auth.js names the cookie by scheme (__Secure- over https) and splits large ones into ".0", ".1", … */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const MAX_CACHED = 10_000;

type Verified = { id: string; expiresAt: number };
const verified = new Map<string, Verified>();
const pending = new Map<string, Promise<JWT | null>>();

/** The secrets Auth.js decrypts with (AUTH_SECRET, NEXTAUTH_SECRET, rotated AUTH_SECRET_1..3). */
export function sessionSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const list = [env.AUTH_SECRET_1, env.AUTH_SECRET_2, env.AUTH_SECRET_3, env.AUTH_SECRET ?? env.NEXTAUTH_SECRET];
  return list.filter((s): s is string => typeof s === "string" && s.length > 0);
}

function tokenFrom(all: readonly { name: string; value: string }[], name: string): string | null {
  const whole = all.find((c) => c.name === name);
  if (whole?.value) return whole.value;
  const chunks = all
    .map((c) => ({ c, n: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN }))
    .filter((x) => Number.isInteger(x.n) && x.c.value)
    .sort((a, b) => a.n - b.n);
  return chunks.length > 0 ? chunks.map((x) => x.c.value).join("") : null;
}

/** The user id in a valid, unexpired session token among these cookies; null when there is none. */
export async function userIdFromSessionCookies(
  all: readonly { name: string; value: string }[], secrets: readonly string[], now: number = Date.now(),
): Promise<string | null> {
  if (secrets.length === 0) return null;
  for (const name of COOKIE_NAMES) {
    const token = tokenFrom(all, name);
    if (!token) continue;
    const key = `${name}=${token}`;
    const hit = verified.get(key);
    if (hit && hit.expiresAt > now) return hit.id;
    if (hit) verified.delete(key);
    // Concurrent first requests with one token share one decryption.
    let decoding = pending.get(key);
    if (!decoding) {
      decoding = decode({ token, secret: [...secrets], salt: name }).catch(() => null);
      pending.set(key, decoding);
      void decoding.finally(() => pending.delete(key));
    }
    const payload = await decoding;
    const id = typeof payload?.sub === "string" && payload.sub !== "" ? payload.sub : null;
    if (!id) return null;
    if (typeof payload?.exp === "number") {
      // A Map keeps insertion order: dropping the first key drops the oldest entry.
      if (verified.size >= MAX_CACHED) verified.delete(verified.keys().next().value!);
      verified.set(key, { id, expiresAt: payload.exp * 1000 });
    }
    return id;
  }
  return null;
}

/** The signed-in user's id for the current request (route handlers, server actions). */
export async function sessionUserId(): Promise<string | null> {
  return userIdFromSessionCookies((await cookies()).getAll(), sessionSecrets());
}
