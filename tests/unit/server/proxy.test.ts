import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

function visit(path: string, cookie?: string) {
  const request = new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });
  return proxy(request);
}

describe("proxy", () => {
  it("sends anonymous visitors of protected pages to sign-in with a same-site callback", () => {
    const response = visit("/learn?tab=today");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/learn?tab=today");
  });

  it("lets public pages and visitors with a session cookie (plain, secure or chunked) through", () => {
    for (const [path, cookie] of [
      ["/", undefined],
      ["/sign-in", undefined],
      ["/learn", "authjs.session-token=abc"],
      ["/learn", "__Secure-authjs.session-token=abc"],
      ["/learn", "authjs.session-token.0=abc; authjs.session-token.1=def"],
    ] as const) {
      expect(visit(path, cookie).headers.get("location"), `${path} ${cookie}`).toBeNull();
    }
  });

  it("is not fooled by look-alike cookies", () => {
    expect(visit("/learn", "authjs.csrf-token=x; my-authjs.session-token=y").status).toBe(307);
  });
});

describe("proxy on API paths", () => {
  it("answers anonymous API calls with 401 JSON instead of a sign-in redirect", async () => {
    const response = visit("/api/exams/attempts");
    expect(response.status).toBe(401);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.json()).toEqual({ error: "Sign in first." });
  });

  it("leaves the health check public and signed-in API calls to their handlers", () => {
    expect(visit("/api/health").status).toBe(200);
    expect(visit("/api/problems/x/attempts", "authjs.session-token=abc").status).toBe(200);
  });
});
