// The contracts between the guided-lab parts (issue #15, spec ../shared/spec/training-spec.md Part A):
// what a lab is (LabDefinition, one file per lab under labs/<id>/lab.ts), the closed union of checks,
// what a check sees (LabSnapshot) and answers (CheckResult), and what the console's lab routes and the
// panel exchange with the engine (LabView, LabCard, FinishSummary). The engine (lib/labs/) validates a
// lab with zod, applies its setup, runs its actors, builds snapshots and evaluates checks; the pages
// (/labs, the lab panel) only render these shapes.

/** Sandbox accounts a lab names. `identity` and `workload` come from the template; others are added by setup.accounts. */
export type AccountKey = "identity" | "workload" | (string & {});

/**
 * Strings in a lab may carry placeholders resolved per sandbox before use:
 * `{{acct.identity}}`, `{{acct.workload}}`, `{{acct.<key>}}` (12-digit IDs),
 * `{{user.<name>.arn}}` (a user of the identity account), `{{user.<account>.<name>.arn}}`,
 * `{{role.<account>.<name>.arn}}`, `{{keys.<name>.id}}` / `{{keys.<name>.secret}}` (access keys setup created),
 * `{{externalId}}` / `{{externalId.<name>}}` (per-sandbox values a lab declares in setup.values).
 */
export type Template = string;

/** Who acts: a user of a sandbox account (with the keys setup gave them), that account's root, or an AWS service principal. */
export type PrincipalRef =
  | { user: string; account?: AccountKey }
  | { root: AccountKey }
  | { service: string }
  | { session: string };

export type RoleRef = { role: string; account?: AccountKey };

export type Level = "Fundamental" | "Intermediate" | "Advanced";
export type Track = "Fundamentals" | "Cross-account" | "Federation" | "Guardrails";

/** One IAM or STS call made through the real, signed wire path (setup steps, actors, CI solutions). */
export interface WireCall {
  as: PrincipalRef;
  service: "iam" | "sts";
  /** The Query API action name, e.g. CreateRole. */
  action: string;
  /** Query parameters in the wire's own names (`RoleName`, `Tags.member.1.Key`…); values may hold placeholders. */
  params?: Record<string, Template>;
  /** Name the call's credentials (AssumeRole*) so later calls can act `as: { session: name }`. */
  saveSessionAs?: string;
}

export interface LabSetup {
  /** Extra accounts, e.g. the vendor `MonitorCo`; `inOrganization: false` leaves it outside the sandbox's organization. */
  accounts?: { key: AccountKey; name: string; inOrganization: boolean }[];
  /** Per-sandbox values checks and text can name (an ExternalId, a leaked key's label). */
  values?: Record<string, Template>;
  /** Access keys for CLI labs and actors, `{{keys.<name>.id}}`: made before the calls run, or right after the call that creates their user. */
  accessKeys?: { name: string; user: string; account?: AccountKey }[];
  /** Everything else goes through the real IAM/STS operations, in order, as the account's admin unless `as` says otherwise. */
  calls?: WireCall[];
}

/** The window a check looks at in the activity log and the session table. */
export type CheckWindow = "lab" | "step" | { after: string };

interface CheckBase {
  /** Unique within the lab; `{ after: id }` windows and answers refer to it. */
  id: string;
  /** What is checked, shown to the learner (never the answer). */
  label: string;
  window?: CheckWindow;
}

export type EntityKind = "role" | "user" | "group" | "policy" | "idp" | "accessKey" | "instanceProfile" | "mfaDevice";

export type Check =
  | (CheckBase & {
      kind: "entity";
      entity: EntityKind;
      account?: AccountKey;
      /** Name, user name (access keys, MFA devices), provider URL/ARN fragment (idp). */
      name: Template;
      /** Properties the entity must have, e.g. { managedPolicy: "AmazonRDSFullAccess" }, { boundary: "DevBoundary" },
       *  { maxSessionDuration: 43200 }, { inInstanceProfile: true }, { clientId: "sts.amazonaws.com" }, { status: "Inactive" },
       *  { member: "alice" } (groups), { exists: false }. */
      has?: Record<string, string | number | boolean>;
    })
  | (CheckBase & {
      kind: "trust";
      role: RoleRef;
      principal: PrincipalRef | { webIdentity: { provider: Template; claims: Record<string, string> } } | { saml: { provider: Template; claims: Record<string, string> } };
      /** Request context for the probe, e.g. { "aws:MultiFactorAuthPresent": "false", "sts:ExternalId": "{{externalId}}" }. */
      context?: Record<string, Template | Template[]>;
      expect: "allow" | "deny";
    })
  | (CheckBase & {
      kind: "can";
      /** A user, or a session of a role (`{ role, from }`: the full decision for that role's session). */
      principal: PrincipalRef | { roleSession: RoleRef };
      action: string;
      resource: Template;
      context?: Record<string, Template | Template[]>;
      expect: "allow" | "deny";
      /** For a deny: which policy type decided (the boundary, an explicit deny in an identity policy…). */
      decidedBy?: "identity" | "resource" | "boundary" | "session" | "scp" | "rcp" | "explicit-deny";
      /** A resource-based policy to include (L11's simulated bucket); a placeholder-resolved JSON document. */
      resourcePolicy?: Template;
      /** The account owning the resource (the simulator's ResourceOwner), for resources whose ARN names none (S3);
       *  a resource of another account than the principal's needs an allow on both sides. */
      resourceOwner?: AccountKey;
    })
  | (CheckBase & {
      kind: "event";
      /** CloudTrail eventName: AssumeRole, SwitchRole, ListRoles, ConsoleLogin… */
      eventName: string;
      /** Matches userIdentity: an ARN (with placeholders) or a fragment it must contain, e.g. "assumed-role/AWSIAMRoleForRDS/". */
      by?: Template;
      /** Matches the target (requestParameters.roleArn, or a resource ARN in resources[]). */
      target?: Template;
      result: "Success" | "Failure";
      errorCode?: string;
      /** requestParameters the record must carry (null: must be absent), e.g. { externalId: "{{externalId.mallory}}" }. */
      params?: Record<string, Template | null>;
      /** userAgent prefix, e.g. "lab-actor/" for actors' calls. */
      userAgent?: string;
    })
  | (CheckBase & {
      kind: "session";
      role: RoleRef;
      /** sourcePrincipalArn (or a fragment of it). */
      from?: Template;
      via?: "console" | "api";
      mfa?: boolean;
      chainDepth?: { min?: number; max?: number };
      /** Seconds between issue and expiry. */
      duration?: { eq?: number; max?: number; min?: number };
      sessionName?: Template;
      revoked?: boolean;
    })
  | (CheckBase & {
      kind: "answer";
      question: string;
      /** Offered choices (a radio list); absent means free text. */
      choices?: string[];
      /** The expected answer (placeholders allowed), compared case-insensitively after trimming. */
      expect: Template;
    })
  | (CheckBase & { kind: "all" | "any"; of: Check[] })
  | (CheckBase & { kind: "not"; of: Check });

export type CheckKind = Check["kind"];

export interface LabStep {
  id: string;
  title: string;
  /** Markdown with placeholders. */
  body: Template;
  checks: Check[];
  hints: Template[];
  solution: { console: Template[]; cli: Template[] };
  optional?: boolean;
  /** Re-checked on Finish (passes otherwise latch). */
  final?: boolean;
}

/** A scripted principal the learner triggers from the panel (a vendor, an attacker, an EC2 instance, CI, an IdP). */
export interface LabActor {
  id: string;
  label: string;
  description: Template;
  /** Run through the real IAM/STS code path, logged with user agent `lab-actor/<id>`. */
  calls: ActorCall[];
}

export type ActorCall =
  | WireCall
  /** An AWS service assuming a role on its own (EC2 launching an instance with a profile): AssumeRole made by the service principal. */
  | { serviceAssume: { service: string; role: RoleRef; sessionName: Template; saveSessionAs?: string } }
  /** AssumeRoleWithWebIdentity with a token the sandbox IdP mints for these claims. */
  | { webIdentity: { role: RoleRef; provider: Template; claims: Record<string, Template>; saveSessionAs?: string } }
  /** AssumeRoleWithSAML with an assertion the sandbox IdP signs for this subject and Role attribute values. */
  | { saml: { role: RoleRef; provider: Template; subject: Template; roleAttribute: Template[]; saveSessionAs?: string } };

export interface LabDefinition {
  id: string;
  version: number;
  title: string;
  level: Level;
  track: Track;
  minutes: number;
  concepts: string[];
  /** Seed articles (../shared/seeds) the lab comes from, e.g. ["004"]. */
  seeds: string[];
  goal: Template;
  lessonLearned: Template;
  /** Where Start takes the learner, e.g. /iam/roles. */
  startUrl: string;
  setup: LabSetup;
  actors: LabActor[];
  steps: LabStep[];
}

// ---- What the engine answers ----

export interface CheckResult {
  pass: boolean;
  /** Describes the probe ("the probe without MFA was allowed"), never the answer. */
  reason: string;
}

export type CheckState = "pending" | "passed" | "failed";

export interface CheckView {
  id: string;
  label: string;
  state: CheckState;
  reason?: string;
  /** Answer checks: the question and choices, and what the learner typed. */
  question?: string;
  choices?: string[];
  answer?: string;
}

export interface StepView {
  id: string;
  title: string;
  /** Placeholders resolved. */
  body: string;
  optional: boolean;
  done: boolean;
  current: boolean;
  checks: CheckView[];
  hintsShown: string[];
  hintsTotal: number;
  /** Present once the learner confirmed "Show solution". */
  solution?: { console: string[]; cli: string[] };
}

export interface CredentialView {
  label: string;
  accountId: string;
  userName: string;
  password?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

export interface ActorView {
  id: string;
  label: string;
  description: string;
  lastResult?: { at: string; ok: boolean; summary: string };
}

export interface LabView {
  labId: string;
  version: number;
  title: string;
  goal: string;
  startedAt: string;
  finishedAt?: string;
  progress: { done: number; total: number };
  credentials: CredentialView[];
  /** A ready ~/.aws/config + credentials snippet for the lab's keys. */
  cliConfig: string;
  actors: ActorView[];
  steps: StepView[];
  hintsUsed: number;
  solutionViewed: boolean;
  /** The lab's startUrl: where the catalog's Start takes the learner (optional: the panel stays put without it). */
  startUrl?: string;
}

export interface LabCard {
  id: string;
  title: string;
  level: Level;
  track: Track;
  minutes: number;
  concepts: string[];
  seeds: string[];
  goal: string;
  status: "not-started" | "in-progress" | "finished";
  progress?: { done: number; total: number };
}

export interface FinishSummary {
  labId: string;
  seconds: number;
  hintsUsed: number;
  solutionViewed: boolean;
  lessonLearned: string;
  allPassed: boolean;
  next?: { id: string; title: string };
}

/**
 * The engine's surface for the console routes (lib/labs/service.ts implements it). `learnerId` is the
 * lab learner (single mode: a random id in the httpOnly `lab_learner` cookie, independent of which
 * console user is signed in, because labs switch users).
 */
/**
 * Who drives a lab, and where: the browser's learner (the lab_learner cookie) in one sandbox: the
 * demo sandbox ("single") in single mode, the learner's own sbx-N in multi mode. Attempts, progress
 * and resets are per seat: a learner's lab in one sandbox never reads or resets another.
 */
export interface LabSeat {
  learnerId: string;
  sandboxId: string;
}

export interface LabService {
  catalog(seat: LabSeat): Promise<LabCard[]>;
  /** Resets the seat's sandbox to its template plus the lab's setup, then opens a new attempt. */
  start(seat: LabSeat, labId: string): Promise<LabView>;
  /** The current attempt (null when none), with checks evaluated now; passes latch. */
  current(seat: LabSeat): Promise<LabView | null>;
  revealHint(seat: LabSeat, stepId: string): Promise<LabView>;
  showSolution(seat: LabSeat, stepId: string): Promise<LabView>;
  answer(seat: LabSeat, checkId: string, value: string): Promise<LabView>;
  runActor(seat: LabSeat, actorId: string): Promise<LabView>;
  /** Same as start for the current lab, keeping history, hints and solution flags. */
  reset(seat: LabSeat): Promise<LabView>;
  finish(seat: LabSeat): Promise<FinishSummary>;
}
