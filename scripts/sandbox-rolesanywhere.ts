// IAM Roles Anywhere from the workload's side, without AWS's signing helper binary: mint a workload
// certificate from a trust anchor whose CA the sandbox generated, sign CreateSession exactly as
// aws_signing_helper does (AWS4-X509-*-SHA256), and print the credentials in the AWS CLI's
// credential_process format, so this can be a profile's `credential_process`. Run with --help.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const USAGE = `usage: npm run -s sandbox:rolesanywhere -- [options]

Credentials for a role through IAM Roles Anywhere, printed as credential_process JSON (Version 1).

Set everything up in one go (anchor with a sandbox-generated CA, role, profile, certificate):
  --setup                    create a trust anchor (generated CA), an enabled profile and, unless the
                             account has it, a role trusting rolesanywhere.amazonaws.com for that anchor
  --name <name>              anchor and profile name (default: sandbox-workload)
  --role-name <name>         the role (default: RolesAnywhereWorkload)
  --policy-arn <arn>         a managed policy to attach to a role --setup creates (repeatable)
  --account <id>             the account (default: 111111111111); setup acts as its root user

The workload certificate:
  --certificate <file> --private-key <file> [--intermediates <file>]
                             use this certificate and key (PEM), as aws_signing_helper does; or
  --cn <name>                mint a new certificate with this subject CN (default: workload-1) from the
                             trust anchor's sandbox CA, valid --days <n> (default 30)
  --dns <name>               a DNS subjectAltName for a minted certificate (repeatable)
  --out-dir <dir>            write the minted certificate.pem and private-key.pem there

Revoking (a CRL signed by the trust anchor's sandbox CA, instead of getting credentials):
  --revoke <serial|file.pem>  a certificate to list, by hex serial or its PEM file (repeatable);
                             needs --trust-anchor-arn. Prints the CRL (PEM), or writes it to --crl-out
  --crl-out <file>           where to write the CRL (for aws rolesanywhere import-crl --crl-data fileb://…)
  --import-crl               also import it for the trust anchor, enabled (ImportCrl), named --name
                             (default: sandbox-crl): CreateSession then refuses those certificates

The session (what aws_signing_helper credential-process takes):
  --trust-anchor-arn <arn> --profile-arn <arn> --role-arn <arn>   (all three unless --setup)
  --session-duration <seconds>   --role-session-name <name>   --region <region> (default us-east-1)
  --endpoint-url <url>       the sandbox's wire endpoint (default: $AWS_ENDPOINT_URL or
                             http://localhost:3000/api/aws)

Examples:
  npm run -s sandbox:rolesanywhere -- --setup --out-dir ./ra-workload
  npm run -s sandbox:rolesanywhere -- --trust-anchor-arn <arn> --revoke ./ra-workload/certificate.pem --import-crl
  # then in ~/.aws/config (the command --setup prints, with absolute paths):
  # [profile workload]
  # credential_process = env TSX_TSCONFIG_PATH=/app/tsconfig.json /app/node_modules/.bin/tsx /app/scripts/sandbox-rolesanywhere.ts --certificate … --private-key … --trust-anchor-arn … --profile-arn … --role-arn … --endpoint-url …
  aws sts get-caller-identity --profile workload --endpoint-url http://localhost:3000/api/aws`;

/**
 * This script as a command that runs from any directory (the CLI starts credential_process in its
 * own): tsx finds the app's tsconfig (its "@/…" paths) through TSX_TSCONFIG_PATH.
 */
function selfCommand(): string {
  const app = path.resolve(import.meta.dirname, "..");
  return `env TSX_TSCONFIG_PATH=${path.join(app, "tsconfig.json")} ${path.join(app, "node_modules", ".bin", "tsx")} ${path.join(app, "scripts", "sandbox-rolesanywhere.ts")}`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      help: { type: "boolean", short: "h" },
      setup: { type: "boolean" },
      name: { type: "string" },
      "role-name": { type: "string" },
      "policy-arn": { type: "string", multiple: true },
      account: { type: "string" },
      certificate: { type: "string" },
      "private-key": { type: "string" },
      intermediates: { type: "string" },
      cn: { type: "string" },
      dns: { type: "string", multiple: true },
      days: { type: "string" },
      "out-dir": { type: "string" },
      "trust-anchor-arn": { type: "string" },
      "profile-arn": { type: "string" },
      "role-arn": { type: "string" },
      "session-duration": { type: "string" },
      "role-session-name": { type: "string" },
      region: { type: "string" },
      "endpoint-url": { type: "string" },
      revoke: { type: "string", multiple: true },
      "crl-out": { type: "string" },
      "import-crl": { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const endpoint = values["endpoint-url"] ?? process.env.AWS_ENDPOINT_URL ?? "http://localhost:3000/api/aws";
  const duration = values["session-duration"] === undefined ? undefined : Number(values["session-duration"]);
  if (duration !== undefined && !Number.isInteger(duration)) fail(`--session-duration must be a whole number of seconds\n\n${USAGE}`);
  let trustAnchorArn = values["trust-anchor-arn"];
  let profileArn = values["profile-arn"];
  let roleArn = values["role-arn"];
  let certificatePem: string;
  let privateKeyPem: string;
  const chainPems = values.intermediates ? [readFileSync(values.intermediates, "utf8")] : undefined;

  if (values.revoke?.length) return revoke(values.revoke, { trustAnchorArn, account: values.account, out: values["crl-out"], importAs: values["import-crl"] ? (values.name ?? "sandbox-crl") : undefined });

  if (values.certificate || values["private-key"]) {
    // The signing helper's mode: files in, no access to the sandbox's store.
    if (!values.certificate || !values["private-key"]) fail(`--certificate and --private-key go together\n\n${USAGE}`);
    certificatePem = readFileSync(values.certificate, "utf8");
    privateKeyPem = readFileSync(values["private-key"], "utf8");
  } else {
    // Minting (and --setup) use the sandbox's store, as the server does: the same DATABASE_URL / data dir.
    const [{ setUpRolesAnywhere, mintWorkloadCertificateFor }, { db }] = await Promise.all([import("../lib/rolesanywhere/workload"), import("../lib/db")]);
    const accountId = values.account ?? "111111111111";
    if (!/^\d{12}$/.test(accountId)) fail("--account takes a 12-digit account id");
    if (!(await db.account.findUnique({ where: { id: accountId } }))) fail(`No account ${accountId} in this sandbox (is DATABASE_URL the server's?)`);
    const root = { kind: "root" as const, accountId, arn: `arn:aws:iam::${accountId}:root`, mfa: false, via: "api" as const };
    if (values.setup) {
      const made = await setUpRolesAnywhere(root, { name: values.name ?? "sandbox-workload", roleName: values["role-name"] ?? "RolesAnywhereWorkload", policyArns: values["policy-arn"] });
      trustAnchorArn = made.trustAnchor.trustAnchorArn;
      profileArn = made.profile.profileArn;
      roleArn ??= made.roleArn;
      console.error(`trust anchor ${trustAnchorArn}\nprofile      ${profileArn}\nrole         ${made.roleArn}${made.roleCreated ? " (created)" : " (existing: make sure its trust allows rolesanywhere.amazonaws.com)"}`);
    }
    if (!trustAnchorArn) fail(`--trust-anchor-arn (or --setup) is needed to mint a certificate\n\n${USAGE}`);
    const id = trustAnchorArn.slice(trustAnchorArn.lastIndexOf("/") + 1);
    const days = values.days === undefined ? undefined : Number(values.days);
    const minted = await mintWorkloadCertificateFor(root, id, { commonName: values.cn ?? "workload-1", dnsNames: values.dns, days });
    certificatePem = minted.certPem;
    privateKeyPem = minted.keyPem;
    if (values["out-dir"]) {
      const dir = path.resolve(values["out-dir"]);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(path.join(dir, "certificate.pem"), certificatePem);
      writeFileSync(path.join(dir, "private-key.pem"), privateKeyPem, { mode: 0o600 });
      console.error(
        `certificate  ${path.join(dir, "certificate.pem")} (serial ${minted.serialNumber})\n\n[profile rolesanywhere]\ncredential_process = ${selfCommand()} --certificate ${path.join(dir, "certificate.pem")} --private-key ${path.join(dir, "private-key.pem")} --trust-anchor-arn ${trustAnchorArn} --profile-arn ${profileArn ?? "<profile-arn>"} --role-arn ${roleArn ?? "<role-arn>"} --endpoint-url ${endpoint}\n`,
      );
    }
    await db.$disconnect();
  }

  if (!trustAnchorArn || !profileArn || !roleArn) fail(`--trust-anchor-arn, --profile-arn and --role-arn are needed (or --setup)\n\n${USAGE}`);
  const { requestCredentials } = await import("../lib/rolesanywhere/credential-process");
  const credentials = await requestCredentials({
    endpoint,
    certificatePem,
    privateKeyPem,
    chainPems,
    trustAnchorArn,
    profileArn,
    roleArn,
    durationSeconds: duration,
    roleSessionName: values["role-session-name"],
    region: values.region,
  });
  process.stdout.write(`${JSON.stringify(credentials)}\n`);
}

/** A certificate to revoke: its hex serial, or a PEM file whose serial is read. */
async function serialOf(arg: string): Promise<string> {
  if (/^[0-9a-fA-F]{1,40}$/.test(arg)) return arg.toLowerCase();
  const { X509Certificate } = await import("node:crypto");
  try {
    return new X509Certificate(readFileSync(arg)).serialNumber.toLowerCase();
  } catch {
    return fail(`--revoke ${arg}: neither a hex serial number nor a readable PEM certificate`);
  }
}

/** --revoke: a CRL from the anchor's sandbox CA listing the certificates, printed or written, and optionally imported. */
async function revoke(args: string[], opts: { trustAnchorArn?: string; account?: string; out?: string; importAs?: string }): Promise<void> {
  if (!opts.trustAnchorArn) fail(`--revoke needs --trust-anchor-arn (the anchor whose sandbox CA signs the CRL)\n\n${USAGE}`);
  const serials = await Promise.all(args.map(serialOf));
  const [ra, { db }] = await Promise.all([import("../lib/rolesanywhere"), import("../lib/db")]);
  const accountId = opts.account ?? opts.trustAnchorArn.split(":")[4];
  if (!/^\d{12}$/.test(accountId)) fail("--account takes a 12-digit account id");
  const root = { kind: "root" as const, accountId, arn: `arn:aws:iam::${accountId}:root`, mfa: false, via: "api" as const };
  const id = opts.trustAnchorArn.slice(opts.trustAnchorArn.lastIndexOf("/") + 1);
  const pem = await ra.signCrlFor(root, id, serials);
  if (opts.out) {
    writeFileSync(path.resolve(opts.out), pem);
    console.error(`CRL          ${path.resolve(opts.out)} (revokes ${serials.join(", ")})`);
  } else if (!opts.importAs) {
    process.stdout.write(pem);
  }
  if (opts.importAs) {
    const crl = await ra.importCrl(root, { name: opts.importAs, crlData: Buffer.from(pem), trustAnchorArn: opts.trustAnchorArn, enabled: true });
    console.error(`imported     ${crl.crlArn} (enabled): CreateSession now refuses ${serials.join(", ")}`);
  }
  await db.$disconnect();
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
