// Lets `npm start` shut down cleanly when the npm/tsx processes that launched it are killed with
// SIGKILL (they cannot forward a signal then), instead of leaving an orphaned server behind.
import { readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Our launcher chain: the parent, then further ancestors while they are npm or tsx. */
export function launcherChain(): number[] {
  const chain: number[] = [];
  let pid = parentOf(process.pid);
  while (pid !== null && chain.length < 4) {
    chain.push(pid);
    const next = parentOf(pid);
    if (next === null || !/\b(npm|npm-cli\.js|tsx)\b/.test(commandLine(next))) break;
    pid = next;
  }
  return chain;
}

export function watchLaunchers(onLost: () => void, everyMs = 1000): void {
  const chain = launcherChain();
  setInterval(() => {
    const lost = chain.some((pid) => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    });
    if (lost) onLost();
  }, everyMs).unref();
}
