// A new page's help topic goes in its area's file here (lib/help/topics/<area>.ts: topic + page path), or a new area file listed in AREAS.
// The help panel's topics, keyed by id: what the console's "Info" links open. Each is paraphrased
// from the AWS documentation page in `source` (IAM User Guide unless noted); "Learn more" prefers
// local topics (offline) and names the AWS page last, marked as external by the panel.
import type { HelpArea, HelpTopic } from "../types";
import { area as accessGraph } from "./access-graph";
import { area as accountSettings } from "./account-settings";
import { area as cloudtrail } from "./cloudtrail";
import { area as consoleSettings } from "./console-settings";
import { area as general } from "./general";
import { area as groups } from "./groups";
import { area as identityProviders } from "./identity-providers";
import { area as labs } from "./labs";
import { area as policies } from "./policies";
import { area as policysim } from "./policysim";
import { area as roles } from "./roles";
import { area as rolesAnywhere } from "./roles-anywhere";
import { area as switchRole } from "./switch-role";
import { area as users } from "./users";

// Page paths of different areas never overlap (each area owns its URL prefix), so the areas' order
// only decides the order of HELP_TOPICS; within an area, paths stay most specific first.
const AREAS: HelpArea[] = [
  general, roles, users, groups, policies, identityProviders, switchRole, accountSettings,
  cloudtrail, policysim, accessGraph, labs, rolesAnywhere, consoleSettings,
];

export const HELP_TOPICS: ReadonlyMap<string, HelpTopic> = new Map(AREAS.flatMap((a) => a.topics).map((t) => [t.id, t]));

export function helpTopic(id: string): HelpTopic | undefined {
  return HELP_TOPICS.get(id);
}

const BY_PATH: [RegExp, string][] = AREAS.flatMap((a) => a.paths);

export function topicForPath(pathname: string): string | undefined {
  return BY_PATH.find(([re]) => re.test(pathname))?.[1];
}
