// Centralized root access through the real @aws-sdk/client-iam against the real endpoint: the
// organization features (ListOrganizationsFeatures, Enable/Disable RootCredentialsManagement and
// RootSessions) for the sandbox organization's management account (111111111111) and a member
// (222222222222). Run on PostgreSQL too with TEST_DATABASE_URL set.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOrganizationsFeatures.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableOrganizationsRootSessions.html
import {
  DisableOrganizationsRootCredentialsManagementCommand,
  DisableOrganizationsRootSessionsCommand,
  EnableOrganizationsRootCredentialsManagementCommand,
  EnableOrganizationsRootSessionsCommand,
  IAMClient,
  ListOrganizationsFeaturesCommand,
} from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, deniedWithoutPolicy, iamClient, sdkFailure, startHarness, type Harness } from "@/lib/wire/testing";

const ORG = "o-sandbox0001";
let h: Harness;
let management: IAMClient;
let member: IAMClient;
let alice: IAMClient;

beforeAll(async () => {
  h = await startHarness();
  management = iamClient(h.url, ADMIN_111);
  member = iamClient(h.url, ADMIN_222);
  alice = iamClient(h.url, await createKey(h.db, "111111111111", "alice"));
}, 90_000);
afterAll(async () => h?.close());

describe("organization features of centralized root access", () => {
  it("start disabled; each Enable/Disable answers the organization and the features then enabled", async () => {
    expect(await management.send(new ListOrganizationsFeaturesCommand({}))).toMatchObject({ OrganizationId: ORG, EnabledFeatures: [] });
    expect(await management.send(new EnableOrganizationsRootCredentialsManagementCommand({}))).toMatchObject({
      OrganizationId: ORG,
      EnabledFeatures: ["RootCredentialsManagement"],
    });
    expect(await management.send(new EnableOrganizationsRootSessionsCommand({}))).toMatchObject({
      OrganizationId: ORG,
      EnabledFeatures: ["RootCredentialsManagement", "RootSessions"],
    });
    // Enabling again changes nothing [INF].
    expect((await management.send(new EnableOrganizationsRootSessionsCommand({}))).EnabledFeatures).toEqual(["RootCredentialsManagement", "RootSessions"]);
    expect((await management.send(new DisableOrganizationsRootCredentialsManagementCommand({}))).EnabledFeatures).toEqual(["RootSessions"]);
    expect((await management.send(new ListOrganizationsFeaturesCommand({}))).EnabledFeatures).toEqual(["RootSessions"]);
    expect((await management.send(new DisableOrganizationsRootSessionsCommand({}))).EnabledFeatures).toEqual([]);
  });

  it("a member account is neither the management account nor a delegated administrator", async () => {
    for (const command of [new ListOrganizationsFeaturesCommand({}), new EnableOrganizationsRootSessionsCommand({}), new DisableOrganizationsRootCredentialsManagementCommand({})]) {
      expect(await sdkFailure(member.send(command as ListOrganizationsFeaturesCommand))).toEqual({
        name: "AccountNotManagementOrDelegatedAdministratorException",
        status: 400,
        message:
          "The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.",
      });
    }
  });

  it("without trusted access for IAM in Organizations: ServiceAccessNotEnabledException", async () => {
    await h.db.orgRootAccess.upsert({ where: { organizationId: ORG }, create: { organizationId: ORG, trustedAccess: false }, update: { trustedAccess: false } });
    try {
      expect(await sdkFailure(management.send(new EnableOrganizationsRootSessionsCommand({})))).toEqual({
        name: "ServiceAccessNotEnabledException",
        status: 400,
        message: "The request was rejected because trusted access is not enabled for IAM in Organizations.",
      });
    } finally {
      await h.db.orgRootAccess.update({ where: { organizationId: ORG }, data: { trustedAccess: true } });
    }
  });

  it("an account outside any organization: OrganizationNotFoundException", async () => {
    await h.db.account.create({ data: { id: "333333333333", name: "solo", rootEmail: "root@solo.example", rootPasswordHash: "x" } });
    const solo = iamClient(h.url, await createKey(h.db, "333333333333"));
    expect(await sdkFailure(solo.send(new ListOrganizationsFeaturesCommand({})))).toEqual({
      name: "OrganizationNotFoundException",
      status: 400,
      message: "The request was rejected because no organization is associated with your account.",
    });
  });

  it("authorizes before reading anything: a user without permission gets AccessDenied", async () => {
    const ALICE = "arn:aws:iam::111111111111:user/alice";
    expect(await sdkFailure(alice.send(new ListOrganizationsFeaturesCommand({})))).toEqual(deniedWithoutPolicy(ALICE, "ListOrganizationsFeatures", "*"));
    expect(await sdkFailure(alice.send(new EnableOrganizationsRootSessionsCommand({})))).toEqual(deniedWithoutPolicy(ALICE, "EnableOrganizationsRootSessions", "*"));
    expect((await management.send(new ListOrganizationsFeaturesCommand({}))).EnabledFeatures).toEqual([]);
  });
});
