import { describe, expect, it } from "vitest";
import {
  addConditionRow,
  chooseProvider,
  EMPTY_WEB_IDENTITY,
  isGitHubProvider,
  oidcChoice,
  removeConditionRow,
  suggestedConditionKeys,
  updateConditionRow,
  WEB_CONDITION_OPERATORS,
  webIdentityErrors,
  webIdentityStep,
  type WebIdentityFields,
} from "./web-identity-policy";

const GITHUB_ARN = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
const OTHER_ARN = "arn:aws:iam::123456789012:oidc-provider/login.example.com/realm";
const github = (patch: Partial<WebIdentityFields> = {}): WebIdentityFields => ({
  ...EMPTY_WEB_IDENTITY,
  provider: oidcChoice(GITHUB_ARN),
  audience: "sts.amazonaws.com",
  githubOrg: "my-org",
  ...patch,
});

function docOf(w: WebIdentityFields) {
  const { document, errors } = webIdentityStep(w);
  expect(errors).toEqual({});
  return JSON.parse(document!) as { Statement: { Principal: unknown; Action: unknown; Condition: Record<string, Record<string, unknown>> }[] };
}

describe("web identity trust policy", () => {
  it("GitHub org/repo/branch: the spec's policy, aud under StringEquals then sub under StringLike, 4-space JSON", () => {
    const { document } = webIdentityStep(github({ githubRepo: "my-repo", githubBranch: "main" }));
    expect(document).toBe(`{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {
                "Federated": "${GITHUB_ARN}"
            },
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
                "StringEquals": {
                    "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"
                },
                "StringLike": {
                    "token.actions.githubusercontent.com:sub": "repo:my-org/my-repo:ref:refs/heads/main"
                }
            }
        }
    ]
}`);
  });

  it("GitHub blanks become * in the subject", () => {
    const sub = (w: WebIdentityFields) => docOf(w).Statement[0].Condition.StringLike["token.actions.githubusercontent.com:sub"];
    expect(sub(github())).toBe("repo:my-org/*");
    expect(sub(github({ githubRepo: "r" }))).toBe("repo:my-org/r:*");
    expect(sub(github({ githubBranch: "dev" }))).toBe("repo:my-org/*:ref:refs/heads/dev");
    expect(sub(github({ githubOrg: "  my-org ", githubRepo: " r ", githubBranch: " release/* " }))).toBe("repo:my-org/r:ref:refs/heads/release/*");
  });

  it.each([
    ["google", "Google", "accounts.google.com", "accounts.google.com:aud"],
    ["facebook", "Facebook", "graph.facebook.com", "graph.facebook.com:app_id"],
    ["amazon", "Login with Amazon", "www.amazon.com", "www.amazon.com:app_id"],
  ] as const)("built-in %s: host-name principal and its audience key", (provider, _label, principal, key) => {
    const st = docOf({ ...EMPTY_WEB_IDENTITY, provider, audience: " client-1 " }).Statement[0];
    expect(st.Principal).toEqual({ Federated: principal });
    expect(st.Action).toBe("sts:AssumeRoleWithWebIdentity");
    expect(st.Condition).toEqual({ StringEquals: { [key]: "client-1" } });
  });

  it("Cognito checks the pool under :aud and authenticated identities under ForAnyValue:StringLike :amr", () => {
    const pool = "us-east-1:12345678-abcd-1234-abcd-123456789012";
    const st = docOf({ ...EMPTY_WEB_IDENTITY, provider: "cognito", audience: pool }).Statement[0];
    expect(st.Principal).toEqual({ Federated: "cognito-identity.amazonaws.com" });
    expect(st.Condition).toEqual({
      StringEquals: { "cognito-identity.amazonaws.com:aud": pool },
      "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "authenticated" },
    });
  });

  it("a non-GitHub OIDC provider has no sub condition even if GitHub fields linger in state", () => {
    const st = docOf({ ...EMPTY_WEB_IDENTITY, provider: oidcChoice(OTHER_ARN), audience: "app", githubOrg: "stale" }).Statement[0];
    expect(st.Principal).toEqual({ Federated: OTHER_ARN });
    expect(st.Condition).toEqual({ StringEquals: { "login.example.com/realm:aud": "app" } });
  });

  it("condition rows merge into the block; same operator+key collects an array; blank rows are ignored", () => {
    const w = github({
      conditions: [
        { key: "token.actions.githubusercontent.com:sub", operator: "StringLike", value: "repo:my-org/other:*" },
        { key: "", operator: "StringEquals", value: "" },
        { key: "token.actions.githubusercontent.com:aud", operator: "StringEquals", value: "extra" },
        { key: "token.actions.githubusercontent.com:amr", operator: "Null", value: "false" },
      ],
    });
    expect(docOf(w).Statement[0].Condition).toEqual({
      StringEquals: { "token.actions.githubusercontent.com:aud": ["sts.amazonaws.com", "extra"] },
      StringLike: { "token.actions.githubusercontent.com:sub": ["repo:my-org/*", "repo:my-org/other:*"] },
      Null: { "token.actions.githubusercontent.com:amr": "false" },
    });
  });
});

describe("web identity validation", () => {
  it("nothing chosen: only the provider error, no document", () => {
    expect(webIdentityStep(EMPTY_WEB_IDENTITY)).toEqual({ document: null, errors: { provider: "Choose an identity provider." } });
  });

  it("the audience message names the field under the provider", () => {
    const err = (w: Partial<WebIdentityFields>) => webIdentityErrors({ ...EMPTY_WEB_IDENTITY, ...w }).audience;
    expect(err({ provider: "google" })).toBe("Enter an audience.");
    expect(err({ provider: "facebook", audience: "  " })).toBe("Enter the Application ID.");
    expect(err({ provider: "amazon" })).toBe("Enter the Application ID.");
    expect(err({ provider: "cognito" })).toBe("Enter the Identity Pool ID.");
    expect(err({ provider: oidcChoice(OTHER_ARN) })).toBe("Choose an audience.");
    expect(err({ provider: "cognito", audience: "not a pool" })).toMatch(/identity pool ID such as/);
    expect(err({ provider: "google", audience: "x".repeat(256) })).toBe("The value must have 255 characters or fewer.");
    expect(err({ provider: "google", audience: "x".repeat(255) })).toBeUndefined();
  });

  it("GitHub organization is required and checked; repository and branch only when given", () => {
    expect(webIdentityErrors(github({ githubOrg: " " }))).toEqual({ githubOrg: "Enter the GitHub organization." });
    expect(webIdentityErrors(github({ githubOrg: "-bad" })).githubOrg).toMatch(/39 letters/);
    expect(webIdentityErrors(github({ githubOrg: "a".repeat(40) })).githubOrg).toMatch(/39 letters/);
    expect(webIdentityErrors(github({ githubOrg: "a".repeat(39) }))).toEqual({});
    expect(webIdentityErrors(github({ githubRepo: "bad repo" })).githubRepo).toMatch(/repository name/);
    expect(webIdentityErrors(github({ githubBranch: "feature branch" })).githubBranch).toMatch(/branch name/);
    expect(webIdentityErrors(github({ githubBranch: "a..b" })).githubBranch).toBeDefined();
    expect(webIdentityErrors(github({ githubBranch: "refs:x" })).githubBranch).toBeDefined();
    expect(webIdentityErrors(github({ githubRepo: "my.repo_1-x", githubBranch: "feature/x-1" }))).toEqual({});
  });

  it("condition rows: key and value each required once the row is started; Null takes true or false", () => {
    const errs = webIdentityErrors(
      github({
        conditions: [
          { key: "k:sub", operator: "StringEquals", value: "" },
          { key: "", operator: "StringEquals", value: "v" },
          { key: "bad key", operator: "StringEquals", value: "v" },
          { key: "k:amr", operator: "Null", value: "yes" },
          { key: "", operator: "StringLike", value: "  " },
        ],
      }),
    );
    expect(errs).toEqual({
      "condition.0.value": "Enter a value.",
      "condition.1.key": "Enter a condition key.",
      "condition.2.key": "The key can contain letters, numbers and the characters . : / - _",
      "condition.3.value": "Enter true or false.",
    });
    expect(webIdentityStep(github({ conditions: [{ key: "k:sub", operator: "StringEquals", value: "" }] })).document).toBeNull();
  });
});

describe("web identity form helpers", () => {
  it("recognises the GitHub provider by host only", () => {
    expect(isGitHubProvider(oidcChoice(GITHUB_ARN))).toBe(true);
    expect(isGitHubProvider(oidcChoice(OTHER_ARN))).toBe(false);
    expect(isGitHubProvider("google")).toBe(false);
    expect(isGitHubProvider("")).toBe(false);
  });

  it("choosing a provider clears the audience, pre-selecting a registered provider's only client ID", () => {
    const w = { ...EMPTY_WEB_IDENTITY, provider: "google" as const, audience: "old" };
    expect(chooseProvider(w, "facebook").audience).toBe("");
    expect(chooseProvider(w, oidcChoice(GITHUB_ARN), ["sts.amazonaws.com"])).toMatchObject({ provider: oidcChoice(GITHUB_ARN), audience: "sts.amazonaws.com" });
    expect(chooseProvider(w, oidcChoice(OTHER_ARN), ["a", "b"]).audience).toBe("");
  });

  it("adds, edits and removes condition rows without touching the others", () => {
    let w = addConditionRow(addConditionRow(EMPTY_WEB_IDENTITY));
    expect(w.conditions).toEqual([
      { key: "", operator: "StringEquals", value: "" },
      { key: "", operator: "StringEquals", value: "" },
    ]);
    w = updateConditionRow(w, 1, { key: "k", operator: "StringLike" });
    w = removeConditionRow(w, 0);
    expect(w.conditions).toEqual([{ key: "k", operator: "StringLike", value: "" }]);
    expect(EMPTY_WEB_IDENTITY.conditions).toEqual([]);
  });

  it("offers string operators with set qualifiers and Null, not ARN/number/date ones", () => {
    expect(WEB_CONDITION_OPERATORS).toEqual(expect.arrayContaining(["StringEquals", "StringNotLike", "ForAnyValue:StringLike", "ForAllValues:StringEquals", "Null"]));
    expect(WEB_CONDITION_OPERATORS.filter((o) => /Arn|Numeric|Date|Bool|Ip/.test(o))).toEqual([]);
  });

  it("suggests the provider's claims as condition keys", () => {
    expect(suggestedConditionKeys("google")).toEqual(["accounts.google.com:aud", "accounts.google.com:oaud", "accounts.google.com:sub"]);
    expect(suggestedConditionKeys(oidcChoice(GITHUB_ARN))).toContain("token.actions.githubusercontent.com:sub");
    expect(suggestedConditionKeys("")).toEqual([]);
  });
});
