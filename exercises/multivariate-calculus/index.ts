// Every generator of course multivariate-calculus, module by module in curriculum order.
// Each module's authors edit only that module's index.ts.
import type { Generator } from "../types";
import { skills as calcSkills } from "./calc";
import { skills as multiSkills } from "./multi";
import { skills as chainSkills } from "./chain";
import { skills as taylorSkills } from "./taylor";
import { skills as optSkills } from "./opt";
import { skills as regressSkills } from "./regress";

export const skills: Generator[] = [...calcSkills, ...multiSkills, ...chainSkills, ...taylorSkills, ...optSkills, ...regressSkills];
