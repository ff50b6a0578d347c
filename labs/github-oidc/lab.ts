// L5 (training-spec §4): GitHub Actions deploying without stored keys (seed 004). The workflow
// presents GitHub's OIDC token; the role's trust policy pins the repository and the branch through
// the token's `sub` claim and the audience through `aud`.
import type { LabDefinition } from "@/lib/labs/types";
import { q, trustFederated } from "../_shared/policy";

const ROLE = "GitHubDeploy";
const ISSUER = "token.actions.githubusercontent.com";
const PROVIDER_ARN = `arn:aws:iam::{{acct.identity}}:oidc-provider/${ISSUER}`;
const AUD = "sts.amazonaws.com";
/** The thumbprint GitHub's setup guides give; older CLIs still require one, AWS no longer checks it for GitHub. */
const GITHUB_THUMBPRINT = "6938fd4d98bab03faadb97b34396831e3780aea1";
const MAIN = "repo:acme/shop:ref:refs/heads/main";
const FEATURE = "repo:acme/shop:ref:refs/heads/feature-login";
const FORK = "repo:mallory/shop:ref:refs/heads/main";
const TRUST = trustFederated(PROVIDER_ARN, "sts:AssumeRoleWithWebIdentity", {
  StringEquals: { [`${ISSUER}:aud`]: AUD, [`${ISSUER}:sub`]: MAIN },
});
const ROLE_REF = { role: ROLE, account: "identity" };

const run = (sub: string) => ({ webIdentity: { role: ROLE_REF, provider: ISSUER, claims: { sub, aud: AUD } } });
const probe = (sub: string, aud = AUD) => ({ webIdentity: { provider: PROVIDER_ARN, claims: { sub, aud } } });

const lab: LabDefinition = {
  id: "github-oidc",
  version: 1,
  title: "GitHub Actions with web identity",
  level: "Intermediate",
  track: "Federation",
  minutes: 20,
  concepts: ["OIDC identity provider", "AssumeRoleWithWebIdentity", "sub and aud claims", "no long-lived keys"],
  seeds: ["004"],
  goal: "Let only the `main` branch of `acme/shop` deploy with a role, through GitHub's OIDC tokens and without any stored key.",
  lessonLearned:
    "With web identity, the role trusts an identity provider, so the trust policy's conditions are the whole access control: `aud` pins the token to AWS STS and `sub` pins the repository and the branch. A wildcard such as `repo:acme/shop:*` admits every branch, pull request and environment of the repository, and a missing `sub` condition admits every repository on GitHub.",
  startUrl: "/iam/identity-providers",
  setup: {},
  actors: [
    { id: "run-main", label: "Run on main", description: "A workflow run on `main` of acme/shop presents its token (`sub` " + MAIN + ").", calls: [run(MAIN)] },
    { id: "run-feature", label: "Run on feature", description: "A run on the branch `feature-login` presents its token (`sub` " + FEATURE + ").", calls: [run(FEATURE)] },
    { id: "run-fork", label: "Run from a fork", description: "A run in the fork mallory/shop presents its token (`sub` " + FORK + ").", calls: [run(FORK)] },
  ],
  steps: [
    {
      id: "provider",
      title: "Add GitHub as an identity provider",
      body: `Open **Identity providers** → **Add provider** → **OpenID Connect**:

- Provider URL: \`https://${ISSUER}\`
- Audience: \`${AUD}\``,
      checks: [
        {
          id: "oidc-provider",
          kind: "entity",
          label: "The provider exists with the STS audience",
          entity: "idp",
          account: "identity",
          name: ISSUER,
          has: { clientId: AUD },
        },
      ],
      hints: ["The audience is the client ID list of the provider: GitHub's AWS action asks for `sts.amazonaws.com`."],
      solution: {
        console: ["**Identity providers** → **Add provider** → **OpenID Connect**, URL `https://" + ISSUER + "`, audience `" + AUD + "` → **Add provider**."],
        cli: [`awsl --profile identity-admin iam create-open-id-connect-provider --url https://${ISSUER} --client-id-list ${AUD} --thumbprint-list ${GITHUB_THUMBPRINT}`],
      },
    },
    {
      id: "role",
      title: "Create the deploy role for main only",
      body: `Create \`${ROLE}\` with the trusted entity **Web identity**, provider \`${ISSUER}\`, audience \`${AUD}\`, for the GitHub organization \`acme\`, repository \`shop\` and branch \`main\`. No permissions are needed for this lab.

Check the trust policy: the \`sub\` condition should read \`${MAIN}\`.`,
      checks: [
        { id: "probe-main", kind: "trust", label: "A token from main of acme/shop is accepted", role: ROLE_REF, principal: probe(MAIN), expect: "allow" },
        { id: "probe-feature", kind: "trust", label: "A token from another branch is refused", role: ROLE_REF, principal: probe(FEATURE), expect: "deny" },
        { id: "probe-fork", kind: "trust", label: "A token from another repository is refused", role: ROLE_REF, principal: probe(FORK), expect: "deny" },
        { id: "probe-aud", kind: "trust", label: "A token for another audience is refused", role: ROLE_REF, principal: probe(MAIN, "api://other"), expect: "deny" },
      ],
      hints: [
        `The wizard's branch field fills in \`${ISSUER}:sub\`.`,
        "`repo:acme/shop:*` admits every branch: name the branch.",
      ],
      solution: {
        console: [
          "**Roles** → **Create role** → **Web identity**, provider `" + ISSUER + "`, audience `" + AUD + "`.",
          "GitHub organization `acme`, repository `shop`, branch `main` → Next → name `" + ROLE + "` → **Create role**.",
        ],
        cli: [`awsl --profile identity-admin iam create-role --role-name ${ROLE} --assume-role-policy-document ${q(TRUST)}`],
      },
    },
    {
      id: "runs",
      title: "Run the workflows",
      body: `Run **Run on main**, **Run on feature** and **Run from a fork** in the panel, and compare the \`AssumeRoleWithWebIdentity\` records in **Event history**.

To try it by hand as well: mint a token with \`npm run sandbox:token -- --issuer https://${ISSUER} --sub ${MAIN} --aud ${AUD}\`, then
\`awsl sts assume-role-with-web-identity --role-arn arn:aws:iam::{{acct.identity}}:role/${ROLE} --role-session-name gha --web-identity-token <token>\` (no credentials needed).`,
      checks: [
        {
          id: "main-ok",
          kind: "event",
          label: "The run on main got a session",
          eventName: "AssumeRoleWithWebIdentity",
          result: "Success",
          userAgent: "lab-actor/run-main",
        },
        {
          id: "feature-refused",
          kind: "event",
          label: "The run on the feature branch was refused",
          eventName: "AssumeRoleWithWebIdentity",
          result: "Failure",
          errorCode: "AccessDenied",
          userAgent: "lab-actor/run-feature",
        },
      ],
      hints: ["The record's `userIdentity.userName` is the token's `sub`."],
      solution: {
        console: ["In the lab panel, run **Run on main**, **Run on feature** and **Run from a fork**."],
        cli: ["lab-actor run-main", "lab-actor run-feature", "lab-actor run-fork"],
      },
    },
  ],
};

export default lab;
