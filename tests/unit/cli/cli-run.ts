// Spawns the real `basis` CLI through tsx, as `npm run basis --` does.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export function basis(args: string[], stdin?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(`${root}node_modules/.bin/tsx`, [`${root}scripts/basis.ts`, ...args], {
    cwd: root, input: stdin ?? "", encoding: "utf8", timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
