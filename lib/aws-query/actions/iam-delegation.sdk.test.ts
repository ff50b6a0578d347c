// IAM temporary delegation on the wire through the real SDK v3 and SigV4: a partner account (222…)
// creates delegation requests from a registered policy template, the customer account (111…)
// associates, forwards, accepts or rejects them and releases the exchange token, and the partner trades
// the token with STS GetDelegatedAccessToken for credentials of the approver capped by the request's
// policy. Lifecycle: https://docs.aws.amazon.com/IAM/latest/UserGuide/temporary-delegation-building-integration.html
import {
  AcceptDelegationRequestCommand,
  AssociateDelegationRequestCommand,
  CreateDelegationRequestCommand,
  CreateUserCommand,
  GetDelegationRequestCommand,
  GetHumanReadableSummaryCommand,
  GetRoleCommand,
  IAMClient,
  ListDelegationRequestsCommand,
  ListRolesCommand,
  ListUsersCommand,
  RejectDelegationRequestCommand,
  SendDelegationTokenCommand,
  UpdateDelegationRequestCommand,
  type CreateDelegationRequestCommandInput,
} from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, GetDelegatedAccessTokenCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, deniedWithoutPolicy, fromResult, iamClient, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";
import { userAllowed } from "@/lib/testing/iam-sdk-suite";

let h: Harness;
let partner: IAMClient;
let admin: IAMClient;
let dora: IAMClient; // may only associate requests: the owner's default permissions do the rest
let eve: IAMClient; // no policy at all
let templateArn: string;
const CUSTOMER = "111111111111";
const PARTNER = "222222222222";
const ADMIN_ARN = `arn:aws:iam::${CUSTOMER}:user/admin`;
const DORA_ARN = `arn:aws:iam::${CUSTOMER}:user/dora`;
const EVE_ARN = `arn:aws:iam::${CUSTOMER}:user/eve`;
const TOPIC = `arn:aws:sns:us-east-1:${PARTNER}:delegation-updates`;
const MISSING_ID = "0000000000000000-missing";
const TEMPLATE = {
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Action: ["iam:ListRoles"], Resource: "*" },
    { Effect: "Allow", Action: ["iam:GetRole"], Resource: "arn:aws:iam::*:role/@{roleName}" },
  ],
};

const sts = (c: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: c, maxAttempts: 1 });
let workflow = 0;
function request(over: Partial<CreateDelegationRequestCommandInput> = {}): CreateDelegationRequestCommandInput {
  return {
    Description: "Set up the monitoring integration",
    Permissions: { PolicyTemplateArn: templateArn, Parameters: [{ Name: "roleName", Values: ["Monitoring"], Type: "string" }] },
    RequestorWorkflowId: `wf-${++workflow}`,
    NotificationChannel: TOPIC,
    SessionDuration: 3600,
    ...over,
  };
}
async function create(over: Partial<CreateDelegationRequestCommandInput> = {}): Promise<string> {
  return (await partner.send(new CreateDelegationRequestCommand(request(over)))).DelegationRequestId ?? "";
}
const get = async (c: IAMClient, id: string) => (await c.send(new GetDelegationRequestCommand({ DelegationRequestId: id }))).DelegationRequest;

const userWithPolicy = (name: string, actions: string[]) => userAllowed(admin, h.url, name, actions);

beforeAll(async () => {
  h = await startHarness();
  partner = iamClient(h.url, ADMIN_222);
  admin = iamClient(h.url, ADMIN_111);
  const { registerPolicyTemplate } = await import("@/lib/iam/delegation-requests");
  templateArn = await registerPolicyTemplate(PARTNER, "monitoring", JSON.stringify(TEMPLATE));
  dora = await userWithPolicy("dora", ["iam:AssociateDelegationRequest"]);
  eve = await userWithPolicy("eve", []);
}, 90_000);
afterAll(async () => h?.close());

describe("CreateDelegationRequest (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateDelegationRequest.html)", () => {
  it("renders the template with the parameters; the request starts UNASSIGNED and expires in a day", async () => {
    const out = await partner.send(new CreateDelegationRequestCommand(request({ RequestMessage: "Second try", OnlySendByOwner: true })));
    expect(out.DelegationRequestId).toMatch(/^[\w-]{16,128}$/);
    expect(out.ConsoleDeepLink).toContain(out.DelegationRequestId);
    const r = await get(partner, out.DelegationRequestId ?? "");
    expect(r).toMatchObject({
      DelegationRequestId: out.DelegationRequestId,
      State: "UNASSIGNED",
      Description: "Set up the monitoring integration",
      RequestMessage: "Second try",
      RequestorId: PARTNER,
      RequestorName: "workload-dev",
      SessionDuration: 3600,
      OnlySendByOwner: true,
      Permissions: { PolicyTemplateArn: templateArn, Parameters: [{ Name: "roleName", Values: ["Monitoring"], Type: "string" }] },
    });
    expect(r?.OwnerAccountId).toBeUndefined();
    expect(JSON.parse(r?.PermissionPolicy ?? "{}").Statement[1].Resource).toBe("arn:aws:iam::*:role/Monitoring");
    // "Unassigned → Expired (1 day)"
    const day = (r?.ExpirationTime?.getTime() ?? 0) - (r?.CreateDate?.getTime() ?? 0);
    expect(Math.round(day / 1000)).toBe(86400);
  });

  it("refuses a second request with the same RequestorWorkflowId (IAM keeps workflow ids unique)", async () => {
    await create({ RequestorWorkflowId: "dup-1" });
    expect(await sdkFailure(create({ RequestorWorkflowId: "dup-1" }))).toMatchObject({ name: "EntityAlreadyExistsException", status: 409 });
  });

  it("validates the model (ValidationError) and then the service's rules (InvalidInput, LimitExceeded)", async () => {
    const noDescription = await sdkFailure(partner.send(new CreateDelegationRequestCommand({ ...request(), Description: undefined })));
    expect(noDescription).toMatchObject({ name: "ValidationError", message: expect.stringContaining("Value null at 'description'") });
    const badChannel = await sdkFailure(create({ NotificationChannel: "not an arn" }));
    expect(badChannel).toMatchObject({ name: "ValidationError", message: expect.stringContaining("notificationChannel") });
    expect(await sdkFailure(create({ NotificationChannel: "arn:aws:sqs:us-east-1:222222222222:q" }))).toMatchObject({ name: "InvalidInputException", status: 400 });
    // "The maximum duration for delegated access is 12 hours."
    expect(await sdkFailure(create({ SessionDuration: 12 * 3600 + 1 }))).toMatchObject({ name: "InvalidInputException" });
    const unknownTemplate = `arn:aws:iam::${PARTNER}:delegation-policy-template/none`;
    expect(await sdkFailure(create({ Permissions: { PolicyTemplateArn: unknownTemplate } }))).toMatchObject({ name: "InvalidInputException" });
    expect(await sdkFailure(create({ Permissions: { PolicyTemplateArn: templateArn } }))).toMatchObject({
      name: "InvalidInputException",
      message: expect.stringContaining("roleName"),
    });
    // "The final rendered policy has a maximum size limit of 2048 characters."
    const long = { Name: "roleName", Values: ["r".repeat(2100)], Type: "string" as const };
    expect(await sdkFailure(create({ Permissions: { PolicyTemplateArn: templateArn, Parameters: [long] } }))).toMatchObject({
      name: "LimitExceededException",
      status: 409,
    });
  });

  it("is authorized before anything is checked against the template", async () => {
    const out = await sdkFailure(eve.send(new CreateDelegationRequestCommand(request({ Permissions: { PolicyTemplateArn: templateArn } }))));
    expect(out).toMatchObject({ name: "AccessDenied", status: 403, message: expect.stringContaining(`${EVE_ARN} is not authorized to perform: iam:CreateDelegationRequest on resource: arn:aws:iam::${CUSTOMER}:delegation-request/`) });
  });
});

describe("the customer side of the lifecycle", () => {
  it("associate → update (PENDING_APPROVAL) → accept → send token (FINALIZED), each state change once", async () => {
    const id = await create({ OwnerAccountId: CUSTOMER });
    await admin.send(new AssociateDelegationRequestCommand({ DelegationRequestId: id }));
    expect(await get(admin, id)).toMatchObject({ State: "ASSIGNED", OwnerId: ADMIN_ARN, OwnerAccountId: CUSTOMER });
    expect(await sdkFailure(admin.send(new AssociateDelegationRequestCommand({ DelegationRequestId: id })))).toMatchObject({ name: "InvalidInputException" });
    await admin.send(new UpdateDelegationRequestCommand({ DelegationRequestId: id, Notes: "Please approve" }));
    expect(await get(admin, id)).toMatchObject({ State: "PENDING_APPROVAL", Notes: "Please approve" });
    await admin.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id }));
    expect(await get(admin, id)).toMatchObject({ State: "ACCEPTED", ApproverId: ADMIN_ARN });
    // AcceptDelegationRequest lists no InvalidInput: a request no longer awaiting approval changed meanwhile [INF].
    expect(await sdkFailure(admin.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id })))).toMatchObject({ name: "ConcurrentModificationException", status: 409 });
    await admin.send(new SendDelegationTokenCommand({ DelegationRequestId: id }));
    expect(await get(partner, id)).toMatchObject({ State: "FINALIZED" });
    // "After the SendDelegationToken API call is successful, the request transitions to a FINALIZED state and cannot be rolled back."
    expect(await sdkFailure(admin.send(new RejectDelegationRequestCommand({ DelegationRequestId: id })))).toMatchObject({ name: "InvalidInputException" });
    expect(await sdkFailure(admin.send(new SendDelegationTokenCommand({ DelegationRequestId: id })))).toMatchObject({ name: "InvalidInputException" });
  });

  it("a rejected request keeps its reason and can be neither accepted nor updated (API_RejectDelegationRequest)", async () => {
    const id = await create();
    await admin.send(new AssociateDelegationRequestCommand({ DelegationRequestId: id }));
    await admin.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id }));
    // "An accepted request may be rejected before the exchange token is sent to the partner."
    await admin.send(new RejectDelegationRequestCommand({ DelegationRequestId: id, Notes: "Not this quarter" }));
    const r = await get(partner, id);
    expect(r).toMatchObject({ State: "REJECTED", RejectionReason: "Not this quarter" });
    expect(Math.round(((r?.ExpirationTime?.getTime() ?? 0) - (r?.UpdatedTime?.getTime() ?? 0)) / 1000)).toBe(7 * 86400);
    expect(await sdkFailure(admin.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id })))).toMatchObject({ name: "ConcurrentModificationException" });
    expect(await sdkFailure(admin.send(new UpdateDelegationRequestCommand({ DelegationRequestId: id })))).toMatchObject({ name: "InvalidInputException" });
  });

  it("the owner gets default permissions (get, update, send) but accepting needs iam:AcceptDelegationRequest", async () => {
    const id = await create({ OnlySendByOwner: true });
    await dora.send(new AssociateDelegationRequestCommand({ DelegationRequestId: id }));
    expect(await get(dora, id)).toMatchObject({ State: "ASSIGNED", OwnerId: DORA_ARN });
    await dora.send(new UpdateDelegationRequestCommand({ DelegationRequestId: id, Notes: "For the admin" }));
    const arn = `arn:aws:iam::${CUSTOMER}:delegation-request/${id}`;
    expect(await sdkFailure(dora.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id })))).toEqual(deniedWithoutPolicy(DORA_ARN, "AcceptDelegationRequest", arn));
    await admin.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id }));
    // OnlySendByOwner: the approving admin may not release the token; the owner may.
    expect(await sdkFailure(admin.send(new SendDelegationTokenCommand({ DelegationRequestId: id })))).toMatchObject({ name: "AccessDenied" });
    await dora.send(new SendDelegationTokenCommand({ DelegationRequestId: id }));
    expect(await get(admin, id)).toMatchObject({ State: "FINALIZED", OwnerId: DORA_ARN, ApproverId: ADMIN_ARN });
    // Someone else without a policy gets nothing of it.
    expect(await sdkFailure(eve.send(new GetDelegationRequestCommand({ DelegationRequestId: id })))).toEqual(deniedWithoutPolicy(EVE_ARN, "GetDelegationRequest", arn));
  });

  it("authorizes before looking up: AccessDenied for a missing request without permission, NoSuchEntity with it", async () => {
    const arn = `arn:aws:iam::${CUSTOMER}:delegation-request/${MISSING_ID}`;
    const input = { DelegationRequestId: MISSING_ID };
    const calls: Array<[string, (c: IAMClient) => Promise<unknown>]> = [
      ["GetDelegationRequest", (c) => c.send(new GetDelegationRequestCommand(input))],
      ["AcceptDelegationRequest", (c) => c.send(new AcceptDelegationRequestCommand(input))],
      ["RejectDelegationRequest", (c) => c.send(new RejectDelegationRequestCommand(input))],
      ["UpdateDelegationRequest", (c) => c.send(new UpdateDelegationRequestCommand(input))],
      ["SendDelegationToken", (c) => c.send(new SendDelegationTokenCommand(input))],
    ];
    for (const [action, call] of calls) {
      expect(await sdkFailure(call(eve))).toEqual(deniedWithoutPolicy(EVE_ARN, action, arn));
      expect(await sdkFailure(call(admin))).toMatchObject({ name: "NoSuchEntityException", status: 404 });
    }
    expect(await sdkFailure(eve.send(new AssociateDelegationRequestCommand({ DelegationRequestId: MISSING_ID })))).toEqual(
      deniedWithoutPolicy(EVE_ARN, "AssociateDelegationRequest", arn),
    );
  });

  it("a request for another account is invisible to this one; an expired one can no longer be associated", async () => {
    const id = await create({ OwnerAccountId: "333333333333" });
    expect(await sdkFailure(get(admin, id))).toMatchObject({ name: "NoSuchEntityException" });
    const late = await create();
    await h.db.delegationRequest.update({ where: { id: late }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await get(admin, late)).toMatchObject({ State: "EXPIRED" });
    expect(await sdkFailure(admin.send(new AssociateDelegationRequestCommand({ DelegationRequestId: late })))).toMatchObject({ name: "InvalidInputException" });
  });

  it("root may approve only requests of 4 hours or less (access_policies-temporary-delegation)", async () => {
    const root = iamClient(h.url, await createKey(h.db, CUSTOMER));
    const id = await create({ SessionDuration: 5 * 3600 });
    await root.send(new AssociateDelegationRequestCommand({ DelegationRequestId: id }));
    expect(await sdkFailure(root.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id })))).toMatchObject({ name: "AccessDenied", status: 403 });
    // Within the limit root approves, and the delegated root session is capped by the request's policy.
    const short = await create({ SessionDuration: 4 * 3600 });
    await root.send(new AssociateDelegationRequestCommand({ DelegationRequestId: short }));
    await root.send(new AcceptDelegationRequestCommand({ DelegationRequestId: short }));
    await root.send(new SendDelegationTokenCommand({ DelegationRequestId: short }));
    const { deliveredTokens } = await import("@/lib/iam/delegation-requests");
    const token = (await deliveredTokens(PARTNER)).find((t) => t.DelegationRequestId === short)?.TradeInToken;
    const out = await sts(ADMIN_222).send(new GetDelegatedAccessTokenCommand({ TradeInToken: token }));
    expect(out.AssumedPrincipal).toBe(`arn:aws:iam::${CUSTOMER}:root`);
    const asRoot = iamClient(h.url, fromResult(out.Credentials));
    await asRoot.send(new ListRolesCommand({}));
    expect(await sdkFailure(asRoot.send(new ListUsersCommand({})))).toMatchObject({ name: "AccessDenied", message: expect.stringContaining("session policy") });
  });
});

describe("ListDelegationRequests (API_ListDelegationRequests)", () => {
  it("lists owned requests only, filters by OwnerId and pages with Marker/isTruncated", async () => {
    const assignedButUnowned = await create({ OwnerAccountId: CUSTOMER });
    const all: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await admin.send(new ListDelegationRequestsCommand({ MaxItems: 2, Marker }));
      expect(page.DelegationRequests?.length).toBeLessThanOrEqual(2);
      if (page.isTruncated) expect(page.Marker).toBeTruthy();
      all.push(...(page.DelegationRequests ?? []).map((r) => r.DelegationRequestId ?? ""));
      Marker = page.isTruncated ? page.Marker : undefined;
    } while (Marker);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain(assignedButUnowned);
    const doras = await admin.send(new ListDelegationRequestsCommand({ OwnerId: DORA_ARN }));
    expect(doras.DelegationRequests?.map((r) => r.OwnerId)).toEqual([DORA_ARN]);
    expect(await sdkFailure(eve.send(new ListDelegationRequestsCommand({})))).toEqual(deniedWithoutPolicy(EVE_ARN, "ListDelegationRequests", "*"));
  });
});

describe("GetDelegatedAccessToken: the partner's credentials are the approver's, capped by the request (full flow)", () => {
  it("partner creates → customer admin accepts → token sent → STS returns working credentials with exactly the request's permissions", async () => {
    const id = await create({ OwnerAccountId: CUSTOMER, SessionDuration: 1800 });
    await admin.send(new AssociateDelegationRequestCommand({ DelegationRequestId: id }));
    await admin.send(new AcceptDelegationRequestCommand({ DelegationRequestId: id }));
    await admin.send(new SendDelegationTokenCommand({ DelegationRequestId: id }));
    const { deliveredTokens } = await import("@/lib/iam/delegation-requests");
    const delivered = (await deliveredTokens(PARTNER)).find((t) => t.DelegationRequestId === id);
    expect(delivered?.NotificationChannel).toBe(TOPIC);

    const out = await sts(ADMIN_222).send(new GetDelegatedAccessTokenCommand({ TradeInToken: delivered?.TradeInToken }));
    expect(out.AssumedPrincipal).toBe(ADMIN_ARN);
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    const finalized = (await get(admin, id))?.UpdatedTime?.getTime() ?? 0;
    expect(Math.abs((out.Credentials?.Expiration?.getTime() ?? 0) - (finalized + 1800_000))).toBeLessThan(2000);

    const delegated = fromResult(out.Credentials);
    expect((await sts(delegated).send(new GetCallerIdentityCommand({}))).Arn).toBe(ADMIN_ARN);
    const asPartner = iamClient(h.url, delegated);
    await asPartner.send(new ListRolesCommand({}));
    expect(await sdkFailure(asPartner.send(new GetRoleCommand({ RoleName: "Monitoring" })))).toMatchObject({ name: "NoSuchEntityException" });
    const otherRole = await sdkFailure(asPartner.send(new GetRoleCommand({ RoleName: "OrganizationAccountAccessRole" })));
    expect(otherRole).toMatchObject({ name: "AccessDenied", message: expect.stringContaining("session policy") });
    expect(await sdkFailure(asPartner.send(new ListUsersCommand({})))).toMatchObject({ name: "AccessDenied", message: expect.stringContaining("session policy") });
    expect(await sdkFailure(asPartner.send(new CreateUserCommand({ UserName: "x" })))).toMatchObject({ name: "AccessDenied" });
  });

  it("refuses unknown tokens, tokens of another partner's requests, and tokens past the delegation period", async () => {
    expect(await sdkFailure(sts(ADMIN_222).send(new GetDelegatedAccessTokenCommand({ TradeInToken: "no-such-token" })))).toMatchObject({
      name: "ExpiredTradeInTokenException",
      status: 400,
    });
    const { deliveredTokens } = await import("@/lib/iam/delegation-requests");
    const token = (await deliveredTokens(PARTNER))[0]?.TradeInToken;
    expect(await sdkFailure(sts(ADMIN_111).send(new GetDelegatedAccessTokenCommand({ TradeInToken: token })))).toMatchObject({ name: "ExpiredTradeInTokenException" });
    await h.db.delegationRequest.updateMany({ where: { tradeInToken: token }, data: { finalizedAt: new Date(Date.now() - 13 * 3600_000) } });
    expect(await sdkFailure(sts(ADMIN_222).send(new GetDelegatedAccessTokenCommand({ TradeInToken: token })))).toMatchObject({ name: "ExpiredTradeInTokenException" });
  });
});

describe("GetHumanReadableSummary (API_GetHumanReadableSummary)", () => {
  it("summarizes the rendered policy with the catalogue's access levels, in English", async () => {
    const id = await create();
    const EntityArn = `arn:aws:iam::${CUSTOMER}:delegation-request/${id}`;
    const out = await admin.send(new GetHumanReadableSummaryCommand({ EntityArn }));
    expect(out).toMatchObject({ SummaryState: "AVAILABLE", Locale: "en-US" });
    expect(out.SummaryContent).toContain("workload-dev (AWS account 222222222222) requests temporary access for 1 hour");
    expect(out.SummaryContent).toContain("iam: ListRoles (List)");
    expect(out.SummaryContent).toContain("iam: GetRole (Read) on arn:aws:iam::*:role/Monitoring");
    expect(await admin.send(new GetHumanReadableSummaryCommand({ EntityArn, Locale: "fr-FR" }))).toMatchObject({ SummaryState: "NOT_AVAILABLE", Locale: "fr-FR" });
    expect(await admin.send(new GetHumanReadableSummaryCommand({ EntityArn: `arn:aws:iam::${CUSTOMER}:user/admin` }))).toMatchObject({ SummaryState: "NOT_SUPPORTED" });
    // A value that is not ARN-shaped gets the one ARN parser's answer, as every IAM ARN parameter does.
    expect(await sdkFailure(admin.send(new GetHumanReadableSummaryCommand({ EntityArn: "x".repeat(30) })))).toMatchObject({ name: "ValidationError", message: "Invalid ARN: Could not be parsed" });
    expect(await sdkFailure(eve.send(new GetHumanReadableSummaryCommand({ EntityArn })))).toEqual(deniedWithoutPolicy(EVE_ARN, "GetHumanReadableSummary", EntityArn));
  });
});
