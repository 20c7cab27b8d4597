// Runs once when the Next.js server starts. Node-only checks live in instrumentation-node.ts so
// the edge bundle never sees process.exit.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
