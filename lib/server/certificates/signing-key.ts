// The Ed25519 key that signs Open Badges credentials. CERT_SIGNING_KEY holds the private key as a
// PKCS8 PEM (`openssl genpkey -algorithm ed25519`; "\n" escapes are accepted) or as a private
// JWK JSON ({"kty":"OKP","crv":"Ed25519","x":…,"d":…}). Without it a local instance generates one
// into <BASIS_DATA_DIR>/cert-signing-key.pem (mode 0600) and reuses it; production refuses to start.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { calculateJwkThumbprint, type JWK } from "jose";

export interface SigningKey {
  privateKey: KeyObject;
  /** The public half as a JWK with kid, alg and use, as published in the JWKS. */
  publicJwk: JWK;
  kid: string;
}

type Env = Record<string, string | undefined>;
type Parsed = { ok: true; key: KeyObject } | { ok: false; message: string };

const FORMAT_HELP =
  "Set CERT_SIGNING_KEY to an Ed25519 private key as PKCS8 PEM (generate one with `openssl genpkey -algorithm ed25519`) " +
  "or as a private JWK JSON with kty OKP, crv Ed25519, x and d.";

export function parseSigningKey(text: string): Parsed {
  const trimmed = text.trim().replace(/\\n/g, "\n");
  let key: KeyObject;
  try {
    key = trimmed.startsWith("{")
      ? createPrivateKey({ key: JSON.parse(trimmed) as import("node:crypto").JsonWebKey, format: "jwk" })
      : createPrivateKey(trimmed);
  } catch {
    return { ok: false, message: `CERT_SIGNING_KEY could not be read as a private key. ${FORMAT_HELP}` };
  }
  if (key.asymmetricKeyType !== "ed25519") {
    return { ok: false, message: `CERT_SIGNING_KEY is a ${key.asymmetricKeyType ?? "symmetric"} key, not Ed25519. ${FORMAT_HELP}` };
  }
  return { ok: true, key };
}

/** Production (NODE_ENV=production with DATABASE_URL) needs CERT_SIGNING_KEY; a set key must be valid. */
export function signingKeyProblem(env: Env): string | null {
  if (env.CERT_SIGNING_KEY) {
    const parsed = parseSigningKey(env.CERT_SIGNING_KEY);
    return parsed.ok ? null : parsed.message;
  }
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    return `CERT_SIGNING_KEY is not set. A production server signs certificates with a fixed key so credentials stay verifiable across restarts. ${FORMAT_HELP}`;
  }
  return null;
}

/** The local key's PKCS8 PEM (created on first use): `npm start` hands it to the server it spawns. */
export function localSigningKeyPem(dataDir: string): string {
  return localKey(dataDir).export({ format: "pem", type: "pkcs8" }).toString();
}

function localKey(dataDir: string): KeyObject {
  const file = path.join(dataDir, "cert-signing-key.pem");
  try {
    return createPrivateKey(readFileSync(file, "utf8"));
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const pem = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    try {
      // "wx": when two processes race, the loser reads the winner's key instead of replacing it.
      writeFileSync(file, pem, { mode: 0o600, flag: "wx" });
    } catch {
      return createPrivateKey(readFileSync(file, "utf8"));
    }
    return createPrivateKey(pem);
  }
}

export async function toSigningKey(privateKey: KeyObject): Promise<SigningKey> {
  const { kty, crv, x } = createPublicKey(privateKey).export({ format: "jwk" });
  const base = { kty, crv, x } as JWK;
  const kid = await calculateJwkThumbprint(base);
  return { privateKey, kid, publicJwk: { ...base, kid, alg: "EdDSA", use: "sig" } };
}

let cached: Promise<SigningKey> | undefined;

/** The key from CERT_SIGNING_KEY, or the local one in the data directory; loaded once per process. */
export function signingKey(env: Env = process.env): Promise<SigningKey> {
  cached ??= (async () => {
    if (env.CERT_SIGNING_KEY) {
      const parsed = parseSigningKey(env.CERT_SIGNING_KEY);
      if (!parsed.ok) throw new Error(parsed.message);
      return toSigningKey(parsed.key);
    }
    const problem = signingKeyProblem(env);
    if (problem) throw new Error(problem);
    return toSigningKey(localKey(path.resolve(env.BASIS_DATA_DIR ?? ".data")));
  })();
  return cached;
}

/** Tests: forget the cached key. */
export function resetSigningKey(): void {
  cached = undefined;
}
