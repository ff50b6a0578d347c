// State the demos need before the camera rolls, set up over the wire as an administrator would.
import { AttachRolePolicyCommand, CreateRoleCommand, PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient, trustPolicy } from "../../e2e/support/aws";
import { SANDBOX } from "../../e2e/support/sign-in";

export const RDS_ROLE = "AWSIAMRoleForRDS";

/** The seed tutorial's AWSIAMRoleForRDS (trusting alice, with AmazonRDSFullAccess) and alice's right to assume roles. */
export async function rdsRoleForAlice(baseURL: string): Promise<void> {
  const iam = iamClient(baseURL, ADMIN_KEYS.identity);
  await iam.send(new CreateRoleCommand({ RoleName: RDS_ROLE, AssumeRolePolicyDocument: trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:user/alice` }) }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: RDS_ROLE, PolicyArn: "arn:aws:iam::aws:policy/AmazonRDSFullAccess" }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: "alice",
      PolicyName: "AllowAssumeRoles",
      PolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${SANDBOX.identity}:role/*` }] }),
    }),
  );
}

/** A switch-role link, as an administrator sends one. */
export function switchRoleLink(account: string, roleName: string, color?: string): string {
  return `/switchrole?roleName=${encodeURIComponent(roleName)}&account=${account}${color ? `&color=${color}` : ""}`;
}
