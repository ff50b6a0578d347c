// Shell idioms the labs' CLI solutions repeat. Each solution line runs on its own, so state passes
// between lines through files in the working directory and through ~/.aws profiles.

/**
 * A profile holding the temporary credentials an `sts assume-role … --output json > file` (or a
 * `create-access-key … > file`) wrote: later lines then use `awsl --profile <name> …`.
 */
export function profileFromJson(profile: string, file: string, member: "Credentials" | "AccessKey" = "Credentials"): string {
  const field = (name: string) => `"$(jq -r .${member}.${name} ${file})"`;
  const set = (key: string, value: string) => `aws configure set profile.${profile}.${key} ${value}`;
  const lines = [set("aws_access_key_id", field("AccessKeyId")), set("aws_secret_access_key", field("SecretAccessKey"))];
  if (member === "Credentials") lines.push(set("aws_session_token", field("SessionToken")));
  return lines.join(" && ");
}
