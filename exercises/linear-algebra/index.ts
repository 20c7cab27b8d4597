// Every generator of course linear-algebra, module by module in curriculum order.
// Each module's authors edit only that module's index.ts.
import type { Generator } from "../types";
import { skills as introSkills } from "./intro";
import { skills as vectorsSkills } from "./vectors";
import { skills as matricesSkills } from "./matrices";
import { skills as mappingsSkills } from "./mappings";
import { skills as eigenSkills } from "./eigen";
import { skills as mlmSkills } from "./mlm";

export const skills: Generator[] = [...introSkills, ...vectorsSkills, ...matricesSkills, ...mappingsSkills, ...eigenSkills, ...mlmSkills];
