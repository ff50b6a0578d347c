// L6 (training-spec §4): SAML 2.0 federation (seeds 000 and 004). The corporate IdP ("CorpIdP", the
// sandbox's own signing IdP of lib/sts/saml-idp.ts) signs an assertion whose Role attribute lists the
// role/provider pairs the user may pick; STS checks the signature against the registered metadata,
// the pair, then the role's trust policy.
import type { LabDefinition } from "@/lib/labs/types";
import { q, roleArn, trustFederated } from "../_shared/policy";

const ROLE = "SamlEngineers";
const ROLE_ARN = roleArn("identity", ROLE);
const PROVIDER = "CorporateAD";
const PROVIDER_ARN = `arn:aws:iam::{{acct.identity}}:saml-provider/${PROVIDER}`;
const OTHER_PROVIDER_ARN = "arn:aws:iam::{{acct.identity}}:saml-provider/OtherIdP";
/** AWS's SAML endpoint: the audience every assertion for AWS names. */
const AWS_SAML = "https://signin.aws.amazon.com/saml";
/** The entity ID in CorpIdP's metadata (SANDBOX_SAML_ENTITY_ID, lib/sts/saml-idp.ts). */
const CORP_IDP_ISSUER = "https://idp.sandbox.invalid/saml";
const TRUST = trustFederated(PROVIDER_ARN, "sts:AssumeRoleWithSAML", { StringEquals: { "SAML:aud": AWS_SAML } });
const ROLE_REF = { role: ROLE, account: "identity" };

const lab: LabDefinition = {
  id: "saml-federation",
  version: 1,
  title: "SAML 2.0 federation",
  level: "Advanced",
  track: "Federation",
  minutes: 25,
  concepts: ["SAML identity provider", "AssumeRoleWithSAML", "Role attribute", "SAML:aud"],
  seeds: ["000", "004"],
  goal: "Let engineers of the corporate directory sign in to the identity account through CorpIdP, without IAM users.",
  lessonLearned:
    "A SAML role takes two decisions. The IdP decides which roles a user may pick by listing `role ARN,provider ARN` pairs in the assertion's Role attribute; AWS decides whether the assertion is genuine (signed with the certificate in the provider's metadata), meant for AWS (`SAML:aud`), and allowed by the role's trust policy. A user the IdP does not grant the role is refused even though the signature is good.",
  startUrl: "/iam/identity-providers",
  setup: {},
  actors: [
    {
      id: "jane-signs-in",
      label: "jane@corp signs in",
      description: "CorpIdP signs an assertion for jane@corp.example whose Role attribute grants `" + ROLE + "`; the browser posts it to AWS.",
      calls: [{ saml: { role: ROLE_REF, provider: PROVIDER_ARN, subject: "jane@corp.example", roleAttribute: [`${ROLE_ARN},${PROVIDER_ARN}`] } }],
    },
    {
      id: "bob-without-role",
      label: "Assertion without this role",
      description: "CorpIdP signs an assertion for bob@corp.example that grants only `SamlAuditors`; bob still asks AWS for `" + ROLE + "`.",
      calls: [
        {
          saml: { role: ROLE_REF, provider: PROVIDER_ARN, subject: "bob@corp.example", roleAttribute: [`${roleArn("identity", "SamlAuditors")},${PROVIDER_ARN}`] },
        },
      ],
    },
  ],
  steps: [
    {
      id: "provider",
      title: "Register CorpIdP",
      body: `AWS trusts a SAML IdP through its **metadata**: its entity ID (the issuer of its assertions) and the certificate that signs them. CorpIdP's metadata:

\`\`\`xml
{{saml.metadata}}
\`\`\`

Save it as \`corp-idp.xml\`, then open **Identity providers** → **Add provider** → **SAML**, name it \`${PROVIDER}\` and upload the file.`,
      checks: [
        {
          id: "saml-provider",
          kind: "entity",
          label: "The provider exists with CorpIdP's issuer",
          entity: "idp",
          account: "identity",
          name: PROVIDER,
          has: { issuer: CORP_IDP_ISSUER },
        },
      ],
      hints: ["The provider's name becomes part of its ARN: `" + PROVIDER_ARN + "`."],
      solution: {
        console: ["**Identity providers** → **Add provider** → **SAML**, name `" + PROVIDER + "`, upload `corp-idp.xml` → **Add provider**."],
        cli: [
          "printf '%s' '{{saml.metadata}}' > corp-idp.xml",
          `awsl --profile identity-admin iam create-saml-provider --name ${PROVIDER} --saml-metadata-document file://corp-idp.xml`,
        ],
      },
    },
    {
      id: "role",
      title: "Create the SAML role",
      body: `Create \`${ROLE}\` with the trusted entity **SAML 2.0 federation**, provider \`${PROVIDER}\`, and *Allow programmatic and AWS Management Console access*. The trust policy allows \`sts:AssumeRoleWithSAML\` for the provider when \`SAML:aud\` is \`${AWS_SAML}\`.`,
      checks: [
        {
          id: "probe-aud",
          kind: "trust",
          label: "An assertion from the provider for AWS sign-in is accepted",
          role: ROLE_REF,
          principal: { saml: { provider: PROVIDER_ARN, claims: { "SAML:aud": AWS_SAML } } },
          expect: "allow",
        },
        {
          id: "probe-no-aud",
          kind: "trust",
          label: "An assertion without that audience is refused",
          role: ROLE_REF,
          principal: { saml: { provider: PROVIDER_ARN, claims: {} } },
          expect: "deny",
        },
        {
          id: "probe-other-provider",
          kind: "trust",
          label: "An assertion from another provider is refused",
          role: ROLE_REF,
          principal: { saml: { provider: OTHER_PROVIDER_ARN, claims: { "SAML:aud": AWS_SAML } } },
          expect: "deny",
        },
      ],
      hints: ["Create role → **SAML 2.0 federation** writes the `SAML:aud` condition for you."],
      solution: {
        console: [
          "**Roles** → **Create role** → **SAML 2.0 federation**, provider `" + PROVIDER + "`, *Allow programmatic and AWS Management Console access*.",
          "Next (no permissions needed) → name `" + ROLE + "` → **Create role**.",
        ],
        cli: [`awsl --profile identity-admin iam create-role --role-name ${ROLE} --assume-role-policy-document ${q(TRUST)}`],
      },
    },
    {
      id: "jane",
      title: "jane signs in",
      body: "Run **jane@corp signs in**. CorpIdP's assertion names the pair `" + ROLE_ARN + "," + PROVIDER_ARN + "`; look for the `AssumeRoleWithSAML` record in **Event history**.",
      checks: [
        {
          id: "jane-event",
          kind: "event",
          label: "jane's assertion was accepted",
          eventName: "AssumeRoleWithSAML",
          result: "Success",
          userAgent: "lab-actor/jane-signs-in",
        },
        {
          id: "jane-session",
          kind: "session",
          label: "The role has a session issued through the provider",
          role: ROLE_REF,
          from: PROVIDER_ARN,
        },
      ],
      hints: ["If the actor fails, compare the provider's name and the role's trust policy with the pair above."],
      solution: {
        console: ["In the lab panel, run **jane@corp signs in**."],
        cli: ["lab-actor jane-signs-in"],
      },
    },
    {
      id: "bob",
      title: "An assertion that does not grant the role",
      body: "Run **Assertion without this role**: the signature is good, but the IdP did not grant bob `" + ROLE + "`.",
      checks: [
        {
          id: "bob-refused",
          kind: "event",
          label: "bob's request for the role was refused",
          eventName: "AssumeRoleWithSAML",
          result: "Failure",
          errorCode: "AccessDenied",
          userAgent: "lab-actor/bob-without-role",
        },
      ],
      hints: ["Nothing to change: this step shows the IdP's half of the decision."],
      solution: {
        console: ["In the lab panel, run **Assertion without this role**."],
        cli: ["lab-actor bob-without-role"],
      },
    },
  ],
};

export default lab;
