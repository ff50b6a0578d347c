// Prisma fills `@default(now())` and `@updatedAt` columns from the real clock inside its runtime.
// Under SANDBOX_CLOCK (lib/server-now.ts) the query extension in lib/db.ts fills them from the
// server's clock instead, so a CreateDate agrees with the STS and CloudTrail times beside it.
// clock-defaults.test.ts keeps these lists equal to prisma/schema.prisma's.
import { sandboxClockOffsetMs, serverNow } from "@/lib/server-now";

/** Per model: the columns with `@default(now())`. */
export const NOW_DEFAULTS: Record<string, readonly string[]> = {
  Organization: ["createdAt"],
  Account: ["createdAt"],
  User: ["createdAt"],
  PasswordHistory: ["createdAt"],
  MfaDevice: ["enabledAt"],
  AccessKey: ["createdAt"],
  Group: ["createdAt"],
  Role: ["createdAt"],
  ManagedPolicy: ["createdAt", "updatedAt"],
  PolicyVersion: ["createdAt"],
  PolicyAttachment: ["attachedAt"],
  InlinePolicy: ["createdAt"],
  InstanceProfile: ["createdAt"],
  IdentityProvider: ["createdAt"],
  StsSession: ["issuedAt"],
  SlrDeletionTask: ["createdAt"],
  ActivityEvent: ["time"],
  LastAccessedJob: ["completedAt"],
  SshPublicKey: ["uploadedAt"],
  ServiceSpecificCredential: ["createdAt"],
  SigningCertificate: ["uploadedAt"],
  ServerCertificate: ["uploadedAt"],
  DelegationPolicyTemplate: ["createdAt"],
  DelegationRequest: ["createdAt", "updatedAt"],
  RoleTemplateVersion: ["createdAt", "updatedAt"],
  RoleFromTemplate: ["createdAt"],
  RaTrustAnchor: ["createdAt", "updatedAt"],
  RaProfile: ["createdAt", "updatedAt"],
  RaSubject: ["createdAt", "updatedAt"],
  RaCrl: ["createdAt", "updatedAt"],
};

/** Per model: the `@updatedAt` columns (set on create and on every update). */
export const UPDATED_AT: Record<string, readonly string[]> = {
  OutboundFederation: ["updatedAt"],
  LabAttempt: ["updatedAt"],
  AccountCustomization: ["updatedAt"],
  ConsoleUserSetting: ["updatedAt"],
};

type Data = Record<string, unknown>;

function fill(data: unknown, fields: readonly string[], at: Date): unknown {
  if (Array.isArray(data)) return data.map((d) => fill(d, fields, at));
  if (!data || typeof data !== "object") return data;
  const missing = fields.filter((f) => (data as Data)[f] === undefined);
  return missing.length ? { ...(data as Data), ...Object.fromEntries(missing.map((f) => [f, at])) } : data;
}

/**
 * The operation's arguments with the clock columns it leaves to the database filled from the
 * server's clock; the arguments unchanged when SANDBOX_CLOCK is unset (top-level writes only:
 * nested creates keep Prisma's clock).
 */
export function withServerClock(model: string | undefined, operation: string, args: unknown): unknown {
  if (!model || sandboxClockOffsetMs() === 0 || !args || typeof args !== "object") return args;
  const onCreate = [...(NOW_DEFAULTS[model] ?? []), ...(UPDATED_AT[model] ?? [])];
  const onUpdate = UPDATED_AT[model] ?? [];
  const a = args as Data;
  const at = serverNow();
  switch (operation) {
    case "create":
    case "createMany":
    case "createManyAndReturn":
      return onCreate.length ? { ...a, data: fill(a.data, onCreate, at) } : args;
    case "update":
    case "updateMany":
    case "updateManyAndReturn":
      return onUpdate.length ? { ...a, data: fill(a.data, onUpdate, at) } : args;
    case "upsert":
      return onCreate.length ? { ...a, create: fill(a.create, onCreate, at), update: fill(a.update, onUpdate, at) } : args;
    default:
      return args;
  }
}
