// End to end with the real clients: a node:http server wrapping createQueryHandler, called by
// @aws-sdk/client-sts / client-iam (SigV4 + form encoding + XML parsing exactly as users run them),
// and by the AWS CLI when one is installed.

import { execFile } from "node:child_process";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { CreateRoleCommand, GetRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { memberList } from "./form";
import { type CallRecord, createQueryHandler } from "./handler";
import { nodeListener } from "./node-adapter";
import { requireString } from "./params";
import { encodePolicyDocument } from "./xml";

const run = promisify(execFile);

const USER_KEY = { accessKeyId: "AKIACLIENTTEST000001", secretAccessKey: "client/test+secret" };
const SESSION_KEY = { accessKeyId: "ASIACLIENTTEST000001", secretAccessKey: "session-secret", sessionToken: "token/with+odd=chars" };
const TRUST = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}';

interface Caller {
  arn: string;
  userId: string;
}

const records: Array<CallRecord<Caller>> = [];
const handler = createQueryHandler<Caller>({
  lookup: async (id) =>
    id === USER_KEY.accessKeyId
      ? { secretAccessKey: USER_KEY.secretAccessKey }
      : id === SESSION_KEY.accessKeyId
        ? { ...SESSION_KEY, expiresAt: new Date(Date.now() + 3_600_000) }
        : null,
  resolveCaller: async (auth) =>
    auth.sessionToken
      ? { arn: "arn:aws:sts::123456789012:assumed-role/demo/s1", userId: "AROAEXAMPLEID:s1" }
      : { arn: "arn:aws:iam::123456789012:user/alice", userId: "AIDAEXAMPLEID" },
  onCall: (r) => {
    records.push(r);
  },
  logError: () => {},
  actions: {
    sts: {
      GetCallerIdentity: async (_p, caller) => ({ UserId: caller.userId, Account: "123456789012", Arn: caller.arn }),
    },
    iam: {
      CreateRole: async (p) => ({
        Role: {
          Path: "/",
          RoleName: requireString(p, "RoleName"),
          RoleId: "AROAEXAMPLEROLEID0001",
          Arn: `arn:aws:iam::123456789012:role/${p.get("RoleName")}`,
          CreateDate: new Date("2026-11-22T14:00:00Z"),
          AssumeRolePolicyDocument: encodePolicyDocument(requireString(p, "AssumeRolePolicyDocument")),
          Tags: memberList(p, "Tags", ["Key", "Value"]),
        },
      }),
      GetRole: async (p) => {
        throw new AwsError("NoSuchEntity", `The role with name ${p.get("RoleName")} cannot be found.`);
      },
    },
  },
});

let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer(nodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const sts = (credentials: typeof USER_KEY | typeof SESSION_KEY) =>
  new STSClient({ endpoint, region: "us-east-1", credentials, maxAttempts: 1 });
const iam = () => new IAMClient({ endpoint, region: "us-east-1", credentials: USER_KEY, maxAttempts: 1 });

async function sdkError(p: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number; requestId?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { $metadata: { httpStatusCode?: number; requestId?: string } };
  }
  throw new Error("expected the call to fail");
}

describe("@aws-sdk v3 against the Query handler", () => {
  it("GetCallerIdentity with long-term and with session credentials", async () => {
    const out = await sts(USER_KEY).send(new GetCallerIdentityCommand({}));
    expect(out).toMatchObject({ UserId: "AIDAEXAMPLEID", Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/alice" });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const session = await sts(SESSION_KEY).send(new GetCallerIdentityCommand({}));
    expect(session.Arn).toBe("arn:aws:sts::123456789012:assumed-role/demo/s1");
    expect(records.at(-1)).toMatchObject({ action: "GetCallerIdentity", service: "sts", accessKeyId: SESSION_KEY.accessKeyId });
  });

  it("surfaces SignatureDoesNotMatch and InvalidClientTokenId by name and message", async () => {
    const wrong = await sdkError(sts({ ...USER_KEY, secretAccessKey: "wrong" }).send(new GetCallerIdentityCommand({})));
    expect(wrong.name).toBe("SignatureDoesNotMatch");
    expect(wrong.message).toBe(
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    );
    expect(wrong.$metadata.httpStatusCode).toBe(403);
    const unknown = await sdkError(sts({ ...USER_KEY, accessKeyId: "AKIANOBODY0000000000" }).send(new GetCallerIdentityCommand({})));
    expect(unknown.name).toBe("InvalidClientTokenId");
    expect(unknown.message).toBe("The security token included in the request is invalid");
    const badToken = await sdkError(sts({ ...SESSION_KEY, sessionToken: "other" }).send(new GetCallerIdentityCommand({})));
    expect(badToken.name).toBe("InvalidClientTokenId");
  });

  it("IAM: list members sent by the SDK parse, and dates, lists and encoded policies come back", async () => {
    const out = await iam().send(
      new CreateRoleCommand({
        RoleName: "demo",
        AssumeRolePolicyDocument: TRUST,
        Tags: [
          { Key: "team", Value: "blue & <green>" },
          { Key: "env", Value: "" },
        ],
      }),
    );
    expect(out.Role?.CreateDate).toEqual(new Date("2026-11-22T14:00:00Z"));
    expect(out.Role?.Tags).toEqual([
      { Key: "team", Value: "blue & <green>" },
      { Key: "env", Value: "" },
    ]);
    // SDK v3 hands back the URL-encoded text as AWS sends it; one decode restores the document.
    expect(decodeURIComponent(out.Role?.AssumeRolePolicyDocument ?? "")).toBe(TRUST);
  });

  it("IAM: a modelled domain error reaches the SDK as its exception class", async () => {
    const e = await sdkError(iam().send(new GetRoleCommand({ RoleName: "ghost" })));
    expect(e.name).toBe("NoSuchEntityException");
    expect(e.message).toBe("The role with name ghost cannot be found.");
    expect(e.$metadata.httpStatusCode).toBe(404);
  });
});

async function findCli(): Promise<string | undefined> {
  try {
    await run("aws", ["--version"], { timeout: 20_000 });
    return "aws";
  } catch {
    return undefined;
  }
}
const cli = await findCli();

describe.skipIf(!cli)("AWS CLI against the Query handler", () => {
  const env = (secret = USER_KEY.secretAccessKey) => ({
    ...process.env,
    AWS_ACCESS_KEY_ID: USER_KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: secret,
    AWS_SESSION_TOKEN: "",
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_PAGER: "",
  });

  it("sts get-caller-identity succeeds, and fails with SignatureDoesNotMatch on a wrong secret", async () => {
    const ok = await run(cli as string, ["--endpoint-url", endpoint, "sts", "get-caller-identity", "--output", "json"], {
      env: env(),
      timeout: 30_000,
    });
    expect(JSON.parse(ok.stdout)).toEqual({ UserId: "AIDAEXAMPLEID", Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/alice" });
    const bad = await run(cli as string, ["--endpoint-url", endpoint, "sts", "get-caller-identity"], { env: env("wrong"), timeout: 30_000 }).then(
      () => undefined,
      (e: { stderr: string }) => e,
    );
    expect(bad?.stderr).toContain("An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation");
  });

  it("iam create-role: the CLI's tag list and policy encoding round-trip", async () => {
    const out = await run(
      cli as string,
      ["--endpoint-url", endpoint, "iam", "create-role", "--role-name", "cli-demo", "--assume-role-policy-document", TRUST,
        "--tags", "Key=team,Value=blue", "Key=cost,Value=42", "--output", "json"],
      { env: env(), timeout: 30_000 },
    );
    const role = JSON.parse(out.stdout).Role;
    expect(role.Tags).toEqual([
      { Key: "team", Value: "blue" },
      { Key: "cost", Value: "42" },
    ]);
    expect(role.AssumeRolePolicyDocument).toEqual(JSON.parse(TRUST));
    expect(role.CreateDate).toMatch(/^2026-11-22T14:00:00(\+00:00|Z)$/);
  });
});
