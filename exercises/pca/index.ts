// Every generator of course pca, module by module in curriculum order.
// Each module's authors edit only that module's index.ts.
import type { Generator } from "../types";
import { skills as statsSkills } from "./stats";
import { skills as innerSkills } from "./inner";
import { skills as projSkills } from "./proj";
import { skills as pcaSkills } from "./pca";

export const skills: Generator[] = [...statsSkills, ...innerSkills, ...projSkills, ...pcaSkills];
