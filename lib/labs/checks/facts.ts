// What a check sees: the facts a snapshot holds (lib/labs/snapshot.ts loads them), already reduced
// to plain values so that every check kind is a pure function over them (./evaluate.ts).

/** One CloudTrail record, the fields checks match on. */
export interface TrailFact {
  eventTime: Date;
  eventName: string;
  eventSource: string;
  /** The record's account (the caller's, or the role's for the copy a cross-account AssumeRole leaves there). */
  accountId: string;
  errorCode?: string;
  errorMessage?: string;
  /** userIdentity.arn (for web-identity/SAML callers: the identity provider and subject). */
  userArn?: string;
  /** userIdentity.userName / principalId (a SAML or web-identity user has no ARN). */
  userName?: string;
  principalId?: string;
  userAccountId?: string;
  /** userIdentity.type: IAMUser, AssumedRole, Root, WebIdentityUser, SAMLUser, AWSService… */
  userType?: string;
  /** userIdentity.invokedBy (a service, or "AWS Internal" for console switch role). */
  invokedBy?: string;
  userAgent?: string;
  accessKeyId?: string;
  requestParameters: Record<string, unknown>;
  /** resources[].ARN */
  resources: string[];
  additionalEventData: Record<string, unknown>;
}

/** One STS session row. */
export interface SessionFact {
  accountId: string;
  roleName?: string;
  principalArn: string;
  sessionName?: string;
  sourcePrincipalArn?: string;
  chainDepth: number;
  mfa: boolean;
  viaConsole: boolean;
  issuedAt: Date;
  /** expiresAt − issuedAt, in seconds. */
  durationSeconds: number;
  revoked: boolean;
}

export type FactValue = string | number | boolean;

/** An entity a check names: null when it does not exist; else its comparable properties (lists for multi-valued ones). */
export type EntityFacts = Record<string, FactValue | FactValue[]> | null;

/** A trust or can probe, precomputed through the policy engine. */
export interface ProbeFact {
  allowed: boolean;
  /** The policy type that decided a denial (identity, resource, trust, boundary, session, scp, rcp), and whether it was an explicit Deny. */
  deniedBy?: string;
  explicitDeny?: boolean;
  /** Why there is no decision at all (the role does not exist…). */
  missing?: string;
}

export interface LabSnapshot {
  now: Date;
  events: TrailFact[];
  sessions: SessionFact[];
  /** Per check id (entity checks). */
  entities: Record<string, EntityFacts>;
  /** Per check id (trust and can checks). */
  probes: Record<string, ProbeFact>;
  /** Per check id (answer checks): what the learner typed. */
  answers: Record<string, string>;
}
