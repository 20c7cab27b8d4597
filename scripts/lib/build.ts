// Builds the app only when there is no build or the sources changed since the last one.
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PROJECT_ROOT } from "./config";

// Everything that can change what `next build` produces. Tests, scripts and bench do not.
const SOURCE_DIRS = ["app", "lib", "exercises", "generated", "public"];
const SOURCE_FILES = [
  "next.config.ts", "auth.ts", "auth.config.ts", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts",
  "package-lock.json", "package.json", "tsconfig.json", "prisma/schema.prisma",
];
const FINGERPRINT_FILE = ".next/basis-source-fingerprint";

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** A content hash (not mtimes: a fresh clone gives every file a new mtime). */
export async function sourceFingerprint(root: string = PROJECT_ROOT): Promise<string> {
  const files = [
    ...(await Promise.all(SOURCE_DIRS.map((d) => listFiles(path.join(root, d))))).flat(),
    ...SOURCE_FILES.map((f) => path.join(root, f)).filter((f) => existsSync(f)),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(root: string = PROJECT_ROOT): Promise<boolean> {
  const marker = path.join(root, FINGERPRINT_FILE);
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || !existsSync(marker)) return false;
  return (await readFile(marker, "utf8")) === (await sourceFingerprint(root));
}

export function nextBin(): string {
  return createRequire(import.meta.url).resolve("next/dist/bin/next");
}

/** Runs `next build` when needed; resolves false (after next printed why) if the build failed. */
export async function ensureBuild(log: (line: string) => void = console.log): Promise<boolean> {
  if (await buildIsCurrent()) return true;
  log("Building Basis (next build); later starts reuse this build until the sources change…");
  const fingerprint = await sourceFingerprint();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [nextBin(), "build"], { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) return false;
  await writeFile(path.join(PROJECT_ROOT, FINGERPRINT_FILE), fingerprint);
  return true;
}
