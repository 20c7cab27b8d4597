// Walks app/** for everything the authorization matrix must cover: pages, route handlers (one
// entry per exported HTTP method) and every exported function of "use server" files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type AppEntry = { key: string; file: string };

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

/** app/(group)/teach/[id]/page.tsx → /teach/[id] */
export function routePath(relativeFile: string): string {
  const segments = path.dirname(relativeFile).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

function exportedFunctions(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of source.matchAll(/export\s+const\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\b|\(|function\b)/g)) names.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  return [...names];
}

const USE_SERVER = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;

export function appEntries(root: string): AppEntry[] {
  const out: AppEntry[] = [];
  for (const full of walk(path.join(root, "app"))) {
    const rel = path.relative(root, full);
    const base = path.basename(rel);
    if (/^page\.(tsx|ts|jsx|js)$/.test(base)) out.push({ key: `page ${routePath(rel)}`, file: rel });
    else if (/^route\.(ts|js)$/.test(base)) {
      const source = readFileSync(full, "utf8");
      const methods = exportedFunctions(source).filter((n) => METHODS.includes(n));
      // `export const { GET, POST } = handlers` (Auth.js) declares methods by destructuring.
      for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) {
        for (const n of m[1].split(",").map((s) => s.trim())) if (METHODS.includes(n)) methods.push(n);
      }
      for (const method of new Set(methods)) out.push({ key: `route ${method} ${routePath(rel)}`, file: rel });
    } else if (/\.(ts|tsx)$/.test(base)) {
      const source = readFileSync(full, "utf8");
      if (!USE_SERVER.test(source)) continue;
      for (const name of exportedFunctions(source)) out.push({ key: `action ${rel.split(path.sep).join("/")}#${name}`, file: rel });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
