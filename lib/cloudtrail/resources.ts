// LookupEvents' Resources (spec §1.6): what the Event history's "Resource type/name" columns and the
// ResourceType/ResourceName lookups see. AssumeRole* follow the observed shape [OBS]; other calls list
// the IAM entities their request names, then any key or session their answer created [INF].
import type { TrailCall, TrailResource } from "./types";

/** Request members that name an IAM entity, and the resource type each names [INF]. */
const NAMED_BY_MEMBER: ReadonlyArray<[member: string, type: string]> = [
  ["UserName", "AWS::IAM::User"],
  ["GroupName", "AWS::IAM::Group"],
  ["RoleName", "AWS::IAM::Role"],
  ["InstanceProfileName", "AWS::IAM::InstanceProfile"],
  ["PolicyArn", "AWS::IAM::Policy"],
  ["AccessKeyId", "AWS::IAM::AccessKey"],
  ["SAMLProviderArn", "AWS::IAM::SAMLProvider"],
  ["OpenIDConnectProviderArn", "AWS::IAM::OIDCProvider"],
  ["ServerCertificateName", "AWS::IAM::ServerCertificate"],
];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function assumeRoleResources(call: TrailCall): TrailResource[] {
  const out: TrailResource[] = [];
  const response = call.error ? undefined : obj(call.response);
  const key = str(obj(response?.Credentials)?.AccessKeyId);
  if (key) out.push({ type: "AWS::IAM::AccessKey", name: key });
  const user = obj(response?.AssumedRoleUser);
  const sessionArn = str(user?.Arn);
  const roleId = str(user?.AssumedRoleId);
  const sessionName = str(call.request?.RoleSessionName) ?? (sessionArn ? sessionArn.slice(sessionArn.lastIndexOf("/") + 1) : undefined);
  if (sessionArn && roleId && sessionName) {
    out.push(
      { type: "AWS::STS::AssumedRole", name: sessionName },
      { type: "AWS::STS::AssumedRole", name: roleId },
      { type: "AWS::STS::AssumedRole", name: sessionArn },
    );
  }
  const roleArn = str(call.request?.RoleArn);
  if (roleArn) out.push({ type: "AWS::IAM::Role", name: roleArn });
  const provider = str(call.request?.PrincipalArn);
  if (call.eventName === "AssumeRoleWithSAML" && provider) out.push({ type: "AWS::IAM::SAMLProvider", name: provider });
  return out;
}

/** The LookupEvents resources of one call. */
export function lookupResources(call: TrailCall): TrailResource[] {
  if (call.eventName.startsWith("AssumeRole")) return assumeRoleResources(call);
  const out: TrailResource[] = [];
  const seen = new Set<string>();
  const add = (type: string, name: string | undefined) => {
    if (!name || seen.has(`${type}\n${name}`)) return;
    seen.add(`${type}\n${name}`);
    out.push({ type, name });
  };
  const request = call.request ?? {};
  for (const [member, type] of NAMED_BY_MEMBER) add(type, str(request[member]));
  if (!call.error) {
    const response = obj(call.response);
    add("AWS::IAM::AccessKey", str(obj(response?.Credentials)?.AccessKeyId) ?? str(obj(response?.AccessKey)?.AccessKeyId));
    add("AWS::STS::FederatedUser", str(obj(response?.FederatedUser)?.Arn));
  }
  return out;
}
