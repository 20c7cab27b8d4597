import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { buildOpenBadgeCredential, criteriaNarrative, type CertificateFacts } from "@/lib/certificates/credential";
import { signCredential, jwks } from "@/lib/server/certificates/credential-jwt";
import { parseSigningKey, resetSigningKey, signingKey, signingKeyProblem } from "@/lib/server/certificates/signing-key";
import { certificateUrls } from "@/lib/server/certificates/urls";

const facts: CertificateFacts = {
  code: "7K3MZQ4N8P2RTV6W9XY0ABCDEF", credential: "pca", holderName: "Zoë Ångström", issuerName: "Basis Test",
  issuedAt: new Date("2026-06-01T10:00:00Z"), skillTitles: ["Compute a mean", "Project data"], revocation: null,
};
const urls = certificateUrls("https://basis.example.org", facts.code);

afterEach(() => {
  resetSigningKey();
  delete process.env.CERT_SIGNING_KEY;
  delete process.env.BASIS_DATA_DIR;
});

describe("OpenBadgeCredential", () => {
  it("has the VC 2.0 and OB 3.0 contexts, types, issuer profile and achievement", () => {
    const c = buildOpenBadgeCredential(facts, urls);
    expect(c["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
    expect(c.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(c.id).toBe("https://basis.example.org/verify/7K3M-ZQ4N-8P2R-TV6W-9XY0-ABCD-EF");
    expect(c.issuer).toMatchObject({ id: "https://basis.example.org", type: ["Profile"], name: "Basis Test" });
    expect(c.validFrom).toBe("2026-06-01T10:00:00.000Z");
    expect(c.credentialSubject.type).toEqual(["AchievementSubject"]);
    expect(c.credentialSubject.identifier[0]).toMatchObject({ identityType: "name", hashed: false, identityHash: "Zoë Ångström" });
    const a = c.credentialSubject.achievement;
    expect(a.type).toEqual(["Achievement"]);
    expect(a.name).toBe("Mathematics for Machine Learning: PCA");
    expect(a.description.length).toBeGreaterThan(20);
    expect(a.criteria.narrative).toContain("- Compute a mean\n- Project data");
    expect(c.credentialStatus).toEqual({ id: `${urls.verify}/credential`, type: "BasisCertificateStatus", status: "valid" });
    expect(JSON.stringify(c)).not.toMatch(/@example|userId/);
  });

  it("shows a revocation with its date and reason", () => {
    const c = buildOpenBadgeCredential({ ...facts, revocation: { revokedAt: new Date("2026-07-01T00:00:00Z"), reason: "Exam misconduct" } }, urls);
    expect(c.credentialStatus).toMatchObject({ status: "revoked", revokedAt: "2026-07-01T00:00:00.000Z", reason: "Exam misconduct" });
  });

  it("the specialisation's narrative names the three course certificates", () => {
    expect(criteriaNarrative("specialisation", ["x"])).toMatch(/Linear Algebra, Multivariate Calculus and PCA/);
  });
});

describe("signing", () => {
  it("signs an EdDSA vc+jwt that verifies against the published JWKS", async () => {
    process.env.BASIS_DATA_DIR = mkdtempSync(path.join(tmpdir(), "basis-key-"));
    const jwt = await signCredential(facts, urls, new Date("2026-06-02T00:00:00Z"));
    const header = decodeProtectedHeader(jwt);
    expect(header).toMatchObject({ alg: "EdDSA", typ: "vc+jwt" });
    const set = await jwks();
    expect(set.keys).toHaveLength(1);
    expect(set.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", kid: header.kid, alg: "EdDSA", use: "sig" });
    expect(set.keys[0]).not.toHaveProperty("d");
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(set as never), { issuer: "https://basis.example.org", typ: "vc+jwt" });
    expect(payload.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(payload.jti).toBe(urls.verify);
    expect(payload.nbf).toBe(Date.parse("2026-06-01T10:00:00Z") / 1000);
  });

  it("a JWT from another key does not verify against the JWKS", async () => {
    process.env.BASIS_DATA_DIR = mkdtempSync(path.join(tmpdir(), "basis-key-"));
    const published = await jwks();
    resetSigningKey();
    process.env.CERT_SIGNING_KEY = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const forged = await signCredential(facts, urls);
    await expect(jwtVerify(forged, createLocalJWKSet(published as never))).rejects.toThrow();
  });

  it("generates the local key once, mode 0600, and reuses it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "basis-key-"));
    process.env.BASIS_DATA_DIR = dir;
    const first = await signingKey();
    const file = path.join(dir, "cert-signing-key.pem");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toMatch(/BEGIN PRIVATE KEY/);
    resetSigningKey();
    expect((await signingKey()).kid).toBe(first.kid);
  });

  it("reads CERT_SIGNING_KEY as PKCS8 PEM (also with \\n escapes) or as a private JWK", async () => {
    const key = generateKeyPairSync("ed25519").privateKey;
    const pem = key.export({ format: "pem", type: "pkcs8" }).toString();
    const jwk = JSON.stringify(key.export({ format: "jwk" }));
    for (const text of [pem, pem.replace(/\n/g, "\\n"), jwk]) expect(parseSigningKey(text).ok).toBe(true);
    process.env.CERT_SIGNING_KEY = jwk;
    const fromJwk = await signingKey();
    resetSigningKey();
    process.env.CERT_SIGNING_KEY = pem;
    expect((await signingKey()).kid).toBe(fromJwk.kid);
  });

  it("refuses other key types and garbage, and production without a key, with messages", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    expect(signingKeyProblem({ CERT_SIGNING_KEY: rsa })).toMatch(/rsa key, not Ed25519/);
    expect(signingKeyProblem({ CERT_SIGNING_KEY: "hello" })).toMatch(/could not be read.*openssl genpkey -algorithm ed25519/);
    expect(signingKeyProblem({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/basis" })).toMatch(/CERT_SIGNING_KEY is not set/);
    expect(signingKeyProblem({ NODE_ENV: "production" })).toBeNull();
    expect(signingKeyProblem({ DATABASE_URL: "postgresql://db/basis" })).toBeNull();
  });
});

describe("issuer name and URLs", () => {
  it("BASIS_ISSUER_NAME when sensible, else the default", async () => {
    const { issuerName } = await import("@/lib/server/certificates/issuer");
    expect(issuerName({ BASIS_ISSUER_NAME: "  Example University  " })).toBe("Example University");
    expect(issuerName({ BASIS_ISSUER_NAME: "   " })).toBe("Basis (local instance)");
    expect(issuerName({})).toBe("Basis (local instance)");
    expect(issuerName({ BASIS_ISSUER_NAME: "x".repeat(121) })).toBe("Basis (local instance)");
  });

  it("the base URL is AUTH_URL's origin, else the request's (forwarded) host", async () => {
    const { baseUrl } = await import("@/lib/server/certificates/urls");
    const h = (o: Record<string, string>) => new Headers(o);
    expect(baseUrl(h({ host: "ignored" }), { AUTH_URL: "https://basis.example.org/api/auth" })).toBe("https://basis.example.org");
    expect(baseUrl(h({ host: "127.0.0.1:4100" }), {})).toBe("http://127.0.0.1:4100");
    expect(baseUrl(h({ host: "internal:3000", "x-forwarded-host": "basis.example.org", "x-forwarded-proto": "https" }), {})).toBe("https://basis.example.org");
  });
});
