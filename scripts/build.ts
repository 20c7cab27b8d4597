// `npm run build`: next build when the sources changed since the last build.
import { ensureBuild } from "./lib/build";

ensureBuild().then((ok) => process.exit(ok ? 0 : 1));
