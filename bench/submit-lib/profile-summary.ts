// `tsx bench/submit-lib/profile-summary.ts <file.cpuprofile> [top] [last-seconds]`: self time per
// function and per package/file of a V8 CPU profile (BENCH_CPU_PROF), read in a terminal. With
// last-seconds only the end of the profile counts: bench:submit's submit run is its last 12 s.
import { readFileSync } from "node:fs";
import { z } from "zod";

const Profile = z.object({
  nodes: z.array(z.object({
    id: z.number(),
    callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
  })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** node_modules/<pkg> (or the app's own file, or a V8/native bucket) a function belongs to. */
function bucket(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url === "") return "(native/V8)";
  if (url.startsWith("node:")) return url;
  return url.replace(/^.*?\/\.next\//, ".next/").replace(/^file:\/\//, "");
}

function main(): void {
  const [file, topArg, lastArg] = process.argv.slice(2);
  if (!file) {
    console.error("usage: tsx bench/submit-lib/profile-summary.ts <file.cpuprofile> [top] [last-seconds]");
    process.exit(2);
  }
  const profile = Profile.parse(JSON.parse(readFileSync(file, "utf8")));
  const top = Number(topArg ?? 30);
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfFn = new Map<string, number>();
  const selfBucket = new Map<string, number>();
  const span = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const from = lastArg ? span - Number(lastArg) * 1e6 : -Infinity;
  let total = 0;
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    clock += dt;
    if (!frame || clock < from) return;
    total += dt;
    if (frame.functionName === "(idle)") return;
    const fn = `${frame.functionName || "(anonymous)"}  ${bucket(frame.url)}:${frame.lineNumber + 1}`;
    selfFn.set(fn, (selfFn.get(fn) ?? 0) + dt);
    selfBucket.set(bucket(frame.url), (selfBucket.get(bucket(frame.url)) ?? 0) + dt);
  });
  const busy = [...selfBucket.values()].reduce((a, b) => a + b, 0);
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (percentages of busy time)`);
  print("self time by package / file", selfBucket);
  print("self time by function", selfFn);
}

main();
