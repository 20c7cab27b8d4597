// Refuse to serve a misconfigured deployment (e.g. the Docker image without AUTH_SECRET).
import { signingKeyProblem } from "@/lib/server/certificates/signing-key";
import { deploymentProblem } from "@/lib/server/deployment";

const problem = deploymentProblem(process.env) ?? signingKeyProblem(process.env);
if (problem) {
  console.error(problem);
  process.exit(1);
}
