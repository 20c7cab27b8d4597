// Refuse to serve a misconfigured deployment (e.g. the Docker image without AUTH_SECRET).
import { deploymentProblem } from "@/lib/server/deployment";

const problem = deploymentProblem(process.env);
if (problem) {
  console.error(problem);
  process.exit(1);
}
