// The lab registry: every lab module, in catalog order. Hand-listed (one import and one entry per
// lab) so the Next.js bundle and vitest see the same static list; lib/labs/registry.ts validates each
// with loadLab() on first use. Adding a lab: create labs/<id>/lab.ts and add it here.
import type { LabDefinition } from "@/lib/labs/types";
import firstRoleSwitch from "./first-role-switch/lab";
import sessionDuration from "./session-duration/lab";

export const LAB_MODULES: readonly LabDefinition[] = [firstRoleSwitch, sessionDuration];
