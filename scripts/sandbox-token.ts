// Mints a simulated OIDC ID token signed by the sandbox key of the data directory, for trying
// AssumeRoleWithWebIdentity without a real identity provider (see README "Web identity"):
// npm run sandbox:token -- --issuer https://token.actions.githubusercontent.com \
//   --sub repo:my-org/my-repo:ref:refs/heads/main --aud sts.amazonaws.com [--ttl 3600] [--claims '{"azp":"x"}']
import { parseArgs } from "node:util";
import { mintSandboxToken } from "../lib/sts/web-identity-token";

const USAGE = "usage: npm run sandbox:token -- --issuer <https://…> --sub <subject> --aud <audience> [--aud …] [--ttl seconds] [--claims <json>]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      issuer: { type: "string" },
      sub: { type: "string" },
      aud: { type: "string", multiple: true },
      ttl: { type: "string" },
      claims: { type: "string" },
    },
  });
  if (!values.issuer || !values.sub || !values.aud?.length) throw new Error(USAGE);
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);
  if (ttlSeconds !== undefined && !Number.isInteger(ttlSeconds)) throw new Error(`--ttl must be a whole number of seconds\n${USAGE}`);
  const claims = values.claims ? (JSON.parse(values.claims) as Record<string, unknown>) : undefined;
  const audience = values.aud.length === 1 ? values.aud[0] : values.aud;
  process.stdout.write(`${await mintSandboxToken({ issuer: values.issuer, subject: values.sub, audience, ttlSeconds, claims })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
