// The sandbox's own SAML identity provider, for trying AssumeRoleWithSAML without a real IdP (see
// README "SAML federation"). Register its metadata once, then mint signed assertions:
//   npm run sandbox:saml -- --metadata > idp.xml
//   aws iam create-saml-provider --name SandboxIdP --saml-metadata-document file://idp.xml
//   npm run sandbox:saml -- --role arn:aws:iam::111111111111:role/SamlAdmin \
//     --provider arn:aws:iam::111111111111:saml-provider/SandboxIdP --session-name alice \
//     [--attr PrincipalTag:Project=blue --attr urn:oid:2.5.4.3="Alice A" …] [--duration 7200] [--subject …]
// The assertion is good for five minutes (AWS redeems SAML responses within five minutes of issuance).
import { parseArgs } from "node:util";
import { mintSamlAssertion, samlIdpMetadata, sandboxSamlIdp } from "../lib/sts/saml-idp";

const USAGE = [
  "usage: npm run sandbox:saml -- --metadata [--issuer <entityID>]",
  "       npm run sandbox:saml -- --role <roleArn> --provider <samlProviderArn> --session-name <name>",
  "                               [--attr Name=Value …] [--duration seconds] [--subject <NameID>] [--issuer <entityID>]",
].join("\n");

/** Name=Value pairs; a repeated name gives a multi-valued attribute. */
function parseAttributes(pairs: string[]): Record<string, string[]> {
  const attributes: Record<string, string[]> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq < 1) throw new Error(`--attr takes Name=Value, got "${pair}"\n${USAGE}`);
    const name = pair.slice(0, eq);
    (attributes[name] ??= []).push(pair.slice(eq + 1));
  }
  return attributes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      metadata: { type: "boolean" },
      role: { type: "string" },
      provider: { type: "string" },
      "session-name": { type: "string" },
      attr: { type: "string", multiple: true },
      duration: { type: "string" },
      subject: { type: "string" },
      issuer: { type: "string" },
    },
  });
  if (values.metadata) {
    process.stdout.write(samlIdpMetadata(await sandboxSamlIdp(), values.issuer));
    return;
  }
  if (!values.role || !values.provider || !values["session-name"]) throw new Error(USAGE);
  const durationSeconds = values.duration === undefined ? undefined : Number(values.duration);
  if (durationSeconds !== undefined && !Number.isInteger(durationSeconds)) throw new Error(`--duration must be a whole number of seconds\n${USAGE}`);
  const assertion = await mintSamlAssertion({
    roleArn: values.role,
    providerArn: values.provider,
    sessionName: values["session-name"],
    attributes: parseAttributes(values.attr ?? []),
    durationSeconds,
    subject: values.subject,
    issuer: values.issuer,
    idp: await sandboxSamlIdp(),
  });
  process.stdout.write(`${assertion}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
