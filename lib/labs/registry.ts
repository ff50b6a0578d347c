// The labs the engine serves: labs/index.ts's list, each validated by loadLab() once per process.
import { LAB_MODULES } from "@/labs";
import { loadLab } from "./schema";
import type { LabDefinition } from "./types";

let loaded: LabDefinition[] | undefined;

/** Every lab, validated, in catalog order; a lab that fails validation throws here (and in CI). */
export function allLabs(): LabDefinition[] {
  if (!loaded) {
    const labs = LAB_MODULES.map((m) => loadLab(m));
    const ids = labs.map((l) => l.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length > 0) throw new Error(`labs/index.ts lists lab ${twice[0]} twice`);
    loaded = labs;
  }
  return loaded;
}

export function findLab(id: string): LabDefinition | undefined {
  return allLabs().find((l) => l.id === id);
}
