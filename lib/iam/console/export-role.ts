// The role as infrastructure code (beyond AWS): Terraform, CloudFormation YAML and AWS CLI commands.
// Pure and deterministic — the same role always yields the same text — so the Export tab can be
// copied into a repository and diffed. Policy documents are re-serialized from their parsed JSON.

export interface ExportableRole {
  RoleName: string;
  Path: string;
  Description?: string;
  MaxSessionDuration: number;
  AssumeRolePolicyDocument: string;
  PermissionsBoundaryArn?: string;
  Tags: { Key: string; Value: string }[];
  ManagedPolicyArns: string[];
  InlinePolicies: { PolicyName: string; PolicyDocument: string }[];
}

export interface RoleExport {
  terraform: string;
  cloudformation: string;
  cli: string;
}

/** Pretty JSON of a stored document; a document that somehow fails to parse is kept verbatim. */
function prettyJson(document: string, indent = 2): string {
  try {
    return JSON.stringify(JSON.parse(document), null, indent);
  } catch {
    return document;
  }
}

function compactJson(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document));
  } catch {
    return document;
  }
}

// ---- Terraform (HCL) ----

/** HCL identifiers: letters, digits, underscores and dashes, not starting with a digit. */
function tfIdent(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_-]/g, "_");
  return /^[A-Za-z_]/.test(s) ? s : `_${s}`;
}

/** HCL interpolates ${…} and %{…} in strings and heredocs; doubling the sigil makes them literal. */
function escapeTemplates(s: string): string {
  return s.replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}

/** A quoted HCL string: JSON escaping plus HCL's template sequences ${ and %{ doubled. */
function hclString(s: string): string {
  return escapeTemplates(JSON.stringify(s));
}

function hclHeredoc(json: string, indent: string): string {
  const body = escapeTemplates(json)
    .split("\n")
    .map((l) => indent + "  " + l)
    .join("\n");
  return `<<-EOT\n${body}\n${indent}EOT`;
}

function uniqueIdents(base: string, names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const id = tfIdent(`${base}_${n}`);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}_${count}`;
  });
}

function lastArnSegment(arn: string): string {
  return arn.slice(arn.lastIndexOf("/") + 1);
}

export function toTerraform(role: ExportableRole): string {
  const id = tfIdent(role.RoleName);
  const attrs: [string, string][] = [
    ["name", hclString(role.RoleName)],
    ["path", hclString(role.Path)],
    ...(role.Description ? ([["description", hclString(role.Description)]] as [string, string][]) : []),
    ["max_session_duration", String(role.MaxSessionDuration)],
    ...(role.PermissionsBoundaryArn ? ([["permissions_boundary", hclString(role.PermissionsBoundaryArn)]] as [string, string][]) : []),
    ["assume_role_policy", hclHeredoc(prettyJson(role.AssumeRolePolicyDocument), "  ")],
  ];
  const width = Math.max(...attrs.map(([k]) => k.length));
  const lines = attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`);
  if (role.Tags.length) {
    const kw = Math.max(...role.Tags.map((t) => hclString(t.Key).length));
    lines.push("", "  tags = {", ...role.Tags.map((t) => `    ${hclString(t.Key).padEnd(kw)} = ${hclString(t.Value)}`), "  }");
  }
  const blocks = [`resource "aws_iam_role" "${id}" {\n${lines.join("\n")}\n}`];

  const attachIds = uniqueIdents(id, role.ManagedPolicyArns.map(lastArnSegment));
  role.ManagedPolicyArns.forEach((arn, i) => {
    blocks.push(`resource "aws_iam_role_policy_attachment" "${attachIds[i]}" {\n  role       = aws_iam_role.${id}.name\n  policy_arn = ${hclString(arn)}\n}`);
  });
  const inlineIds = uniqueIdents(id, role.InlinePolicies.map((p) => p.PolicyName));
  role.InlinePolicies.forEach((p, i) => {
    blocks.push(
      `resource "aws_iam_role_policy" "${inlineIds[i]}" {\n  name   = ${hclString(p.PolicyName)}\n  role   = aws_iam_role.${id}.id\n  policy = ${hclHeredoc(prettyJson(p.PolicyDocument), "  ")}\n}`,
    );
  });
  return blocks.join("\n\n") + "\n";
}

// ---- CloudFormation (YAML) ----

/** Logical IDs are alphanumeric. */
function cfnLogicalId(name: string): string {
  const s = name.replace(/[^A-Za-z0-9]/g, "");
  return /^[A-Za-z]/.test(s) ? s : `Role${s}`;
}

/** JSON is a YAML subset: a double-quoted JSON string is a valid YAML scalar, a JSON object a flow mapping. */
function yamlJson(document: string, indent: string): string {
  return prettyJson(document)
    .split("\n")
    .map((l, i) => (i === 0 ? l : indent + l))
    .join("\n");
}

export function toCloudFormation(role: ExportableRole): string {
  const p = "      ";
  const out = [
    `AWSTemplateFormatVersion: "2010-09-09"`,
    `Description: ${JSON.stringify(`IAM role ${role.RoleName}`)}`,
    `Resources:`,
    `  ${cfnLogicalId(role.RoleName)}:`,
    `    Type: AWS::IAM::Role`,
    `    Properties:`,
    `${p}RoleName: ${JSON.stringify(role.RoleName)}`,
    `${p}Path: ${JSON.stringify(role.Path)}`,
  ];
  if (role.Description) out.push(`${p}Description: ${JSON.stringify(role.Description)}`);
  out.push(`${p}MaxSessionDuration: ${role.MaxSessionDuration}`);
  if (role.PermissionsBoundaryArn) out.push(`${p}PermissionsBoundary: ${JSON.stringify(role.PermissionsBoundaryArn)}`);
  out.push(`${p}AssumeRolePolicyDocument: ${yamlJson(role.AssumeRolePolicyDocument, p + "  ")}`);
  if (role.ManagedPolicyArns.length) {
    out.push(`${p}ManagedPolicyArns:`, ...role.ManagedPolicyArns.map((a) => `${p}  - ${JSON.stringify(a)}`));
  }
  if (role.InlinePolicies.length) {
    out.push(`${p}Policies:`);
    for (const ip of role.InlinePolicies) {
      out.push(`${p}  - PolicyName: ${JSON.stringify(ip.PolicyName)}`, `${p}    PolicyDocument: ${yamlJson(ip.PolicyDocument, p + "      ")}`);
    }
  }
  if (role.Tags.length) {
    out.push(`${p}Tags:`);
    for (const t of role.Tags) out.push(`${p}  - Key: ${JSON.stringify(t.Key)}`, `${p}    Value: ${JSON.stringify(t.Value)}`);
  }
  return out.join("\n") + "\n";
}

// ---- AWS CLI ----

/** POSIX single-quoting: everything literal, a single quote becomes '\''. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function toAwsCli(role: ExportableRole): string {
  const name = shellQuote(role.RoleName);
  const create = [
    `aws iam create-role`,
    `--role-name ${name}`,
    `--path ${shellQuote(role.Path)}`,
    ...(role.Description ? [`--description ${shellQuote(role.Description)}`] : []),
    `--max-session-duration ${role.MaxSessionDuration}`,
    ...(role.PermissionsBoundaryArn ? [`--permissions-boundary ${shellQuote(role.PermissionsBoundaryArn)}`] : []),
    `--assume-role-policy-document ${shellQuote(compactJson(role.AssumeRolePolicyDocument))}`,
    ...(role.Tags.length ? [`--tags ${shellQuote(JSON.stringify(role.Tags))}`] : []),
  ];
  const cmds = [create.join(" \\\n  ")];
  for (const arn of role.ManagedPolicyArns) cmds.push(`aws iam attach-role-policy --role-name ${name} --policy-arn ${shellQuote(arn)}`);
  for (const ip of role.InlinePolicies) {
    cmds.push(
      `aws iam put-role-policy --role-name ${name} --policy-name ${shellQuote(ip.PolicyName)} \\\n  --policy-document ${shellQuote(compactJson(ip.PolicyDocument))}`,
    );
  }
  return cmds.join("\n\n") + "\n";
}

export function exportRole(role: ExportableRole): RoleExport {
  return { terraform: toTerraform(role), cloudformation: toCloudFormation(role), cli: toAwsCli(role) };
}
