// userIdFromSessionCookies against tokens made by Auth.js's own encode(): the fast path of the
// submit route must accept exactly what Auth.js accepts, and decrypt each token only once.
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

const decodeCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...real, decode: (params: Parameters<typeof real.decode>[0]) => (decodeCalls.count++, real.decode(params)) };
});
const { sessionSecrets, userIdFromSessionCookies } = await import("@/lib/server/session-token");

const SECRET = "test-secret-0123456789abcdef0123456789abcdef";
const NAME = "authjs.session-token";
const token = (sub: string | undefined, options: { secret?: string; salt?: string; maxAge?: number } = {}) =>
  encode({ token: sub === undefined ? { name: "x" } : { sub, role: "LEARNER" }, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge ?? 3600 });

beforeEach(() => {
  decodeCalls.count = 0;
});

describe("userIdFromSessionCookies", () => {
  it("reads the user id (sub) of a valid token, decrypting a repeated token once", async () => {
    const t = await token("user-1");
    for (let i = 0; i < 3; i++) expect(await userIdFromSessionCookies([{ name: NAME, value: t }], [SECRET])).toBe("user-1");
    expect(decodeCalls.count).toBe(1);
  });

  it("decrypts a token once when several requests carry it at the same moment", async () => {
    const t = await token("user-8");
    const ids = await Promise.all(Array.from({ length: 5 }, () => userIdFromSessionCookies([{ name: NAME, value: t }], [SECRET])));
    expect(ids).toEqual(Array(5).fill("user-8"));
    expect(decodeCalls.count).toBe(1);
  });

  it("refuses a token from another secret, a tampered one, an expired one and one without a user", async () => {
    const other = await token("user-2", { secret: "another-secret-0123456789abcdef0123456789" });
    expect(await userIdFromSessionCookies([{ name: NAME, value: other }], [SECRET])).toBeNull();
    const good = await token("user-3");
    const tampered = `${good.slice(0, -6)}${good.slice(-6).split("").reverse().join("")}`;
    expect(tampered).not.toBe(good);
    expect(await userIdFromSessionCookies([{ name: NAME, value: tampered }], [SECRET])).toBeNull();
    expect(await userIdFromSessionCookies([{ name: NAME, value: await token("user-4", { maxAge: -3600 }) }], [SECRET])).toBeNull();
    expect(await userIdFromSessionCookies([{ name: NAME, value: await token(undefined) }], [SECRET])).toBeNull();
    expect(await userIdFromSessionCookies([], [SECRET])).toBeNull();
    expect(await userIdFromSessionCookies([{ name: NAME, value: good }], [])).toBeNull();
  });

  it("uses the cookie name as the salt, as Auth.js does (a token moved to the __Secure- name is refused)", async () => {
    const plain = await token("user-5");
    expect(await userIdFromSessionCookies([{ name: `__Secure-${NAME}`, value: plain }], [SECRET])).toBeNull();
    const secure = await token("user-5", { salt: `__Secure-${NAME}` });
    expect(await userIdFromSessionCookies([{ name: `__Secure-${NAME}`, value: secure }], [SECRET])).toBe("user-5");
  });

  it("joins a token split into numbered chunks in numeric order", async () => {
    const t = await token("user-6");
    const third = Math.ceil(t.length / 3);
    const parts = [t.slice(0, third), t.slice(third, 2 * third), t.slice(2 * third)];
    const cookies = [{ name: `${NAME}.2`, value: parts[2] }, { name: `${NAME}.0`, value: parts[0] }, { name: `${NAME}.1`, value: parts[1] }];
    expect(await userIdFromSessionCookies(cookies, [SECRET])).toBe("user-6");
  });

  it("accepts a token from a rotated-out secret still listed, like Auth.js", async () => {
    const old = await token("user-7", { secret: "old-secret-0123456789abcdef0123456789ab" });
    const secrets = sessionSecrets({ AUTH_SECRET: SECRET, AUTH_SECRET_1: "old-secret-0123456789abcdef0123456789ab" });
    expect(secrets).toHaveLength(2);
    expect(await userIdFromSessionCookies([{ name: NAME, value: old }], secrets)).toBe("user-7");
  });
});
