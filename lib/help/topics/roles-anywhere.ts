// Help topics: IAM Roles Anywhere (its console's home, trust anchors, CRLs, notification settings,
// profiles, attribute mappings, subject activity).
import type { HelpArea } from "../types";

const RA = "https://docs.aws.amazon.com/rolesanywhere/latest/userguide";
const RA_API = "https://docs.aws.amazon.com/rolesanywhere/latest/APIReference";

export const area: HelpArea = {
  topics: [
    {
      id: "roles-anywhere",
      title: "IAM Roles Anywhere",
      paragraphs: [
        "IAM Roles Anywhere lets workloads outside AWS — servers, containers, applications — obtain temporary credentials for IAM roles by presenting X.509 certificates issued by a certificate authority you register as a trust anchor.",
        "A profile names the roles a workload may assume and optional session policies. A workload calls CreateSession with its certificate, a trust anchor, a profile and a role, and receives temporary credentials for that role.",
        "In this sandbox, a trust anchor can use a CA the sandbox generates for you; npm run sandbox:rolesanywhere issues a workload certificate from it and exchanges it for credentials.",
      ],
      learnMore: [
        { label: "Trust anchors", topic: "ra-trust-anchors" },
        { label: "Profiles", topic: "ra-profiles" },
        { label: "Subject activity", topic: "ra-subjects" },
        { label: "What is IAM Roles Anywhere?", href: `${RA}/introduction.html` },
      ],
      source: `${RA}/introduction.html`,
    },
    {
      id: "ra-trust-anchors",
      title: "Trust anchors",
      paragraphs: [
        "A trust anchor is the certificate authority (CA) IAM Roles Anywhere trusts: a workload authenticates with a certificate that chains to it. Its source is an external certificate bundle (your CA certificate in PEM) or an AWS Private CA.",
        "The bundle must hold CA certificates (basic constraints CA:TRUE). A disabled trust anchor refuses every CreateSession that names it; enable it again to resume.",
        "Deleting a trust anchor cannot be undone: workloads whose certificates chain to it can no longer obtain credentials through it.",
      ],
      learnMore: [
        { label: "Create a trust anchor", topic: "ra-create-trust-anchor" },
        { label: "Trust model", href: `${RA}/trust-model.html` },
      ],
      source: `${RA}/trust-model.html`,
    },
    {
      id: "ra-create-trust-anchor",
      title: "Create a trust anchor",
      paragraphs: [
        "Name the trust anchor (letters, numbers, spaces, hyphens and underscores), then choose its source. For an external certificate bundle, upload or paste the CA certificate in PEM format.",
        "Generate a CA for me is this sandbox's own choice: the sandbox makes a CA certificate and keeps its private key, so it can issue workload certificates that chain to the trust anchor (npm run sandbox:rolesanywhere). Real AWS never holds your CA's key.",
      ],
      learnMore: [
        { label: "Trust anchors", topic: "ra-trust-anchors" },
        { label: "Getting started with IAM Roles Anywhere", href: `${RA}/getting-started.html` },
      ],
      source: `${RA}/getting-started.html`,
    },
    {
      id: "ra-crls",
      title: "Certificate revocation lists",
      paragraphs: [
        "A certificate revocation list (CRL) is the list of certificates a CA has revoked, signed by that CA. Import one for a trust anchor (PEM, -----BEGIN X509 CRL-----) and, while it is enabled, CreateSession refuses every certificate it lists with AccessDeniedException.",
        "A CRL counts only for certificates its signer issued. Disable it to stop checking it without deleting it; import the CA's next CRL (or update this one) as the CA publishes it.",
        "In this sandbox, npm run sandbox:rolesanywhere -- --trust-anchor-arn <arn> --revoke <certificate.pem> writes a CRL signed by a sandbox-generated CA (--crl-out) and can import it (--import-crl).",
      ],
      learnMore: [
        { label: "Trust anchors", topic: "ra-trust-anchors" },
        { label: "ImportCrl", href: `${RA_API}/API_ImportCrl.html` },
      ],
      source: `${RA_API}/API_ImportCrl.html`,
    },
    {
      id: "ra-notifications",
      title: "Notification settings",
      paragraphs: [
        "IAM Roles Anywhere warns before a trust anchor's CA certificate (CA_CERTIFICATE_EXPIRY) or a workload's end-entity certificate (END_ENTITY_CERTIFICATE_EXPIRY) expires, through CloudWatch metrics, EventBridge and the Health Dashboard (channel ALL).",
        "Each trust anchor starts with the service's defaults (configured by rolesanywhere.amazonaws.com). Changing one — on or off, and how many days ahead (1 to 360) — makes it your account's; Reset to default returns to the service's setting. This sandbox keeps the settings but sends no notifications.",
      ],
      learnMore: [{ label: "PutNotificationSettings", href: `${RA_API}/API_PutNotificationSettings.html` }],
      source: `${RA_API}/API_PutNotificationSettings.html`,
    },
    {
      id: "ra-attribute-mappings",
      title: "Certificate attribute mappings",
      paragraphs: [
        "A profile's attribute mappings decide which certificate attributes become the session's principal tags (aws:PrincipalTag/x509Subject/CN, …). By default every supported attribute of the Subject and Issuer (specifier *) and the first DNS name, directory name and URI of the Subject Alternative Name are mapped.",
        "Add a mapping to map more specifiers of a field; remove a specifier, or a whole field, to stop mapping it. Trust policies that test aws:PrincipalTag conditions see only the mapped attributes.",
      ],
      learnMore: [{ label: "Certificate attribute mapping", href: `${RA}/attribute-mapping.html` }],
      source: `${RA}/attribute-mapping.html`,
    },
    {
      id: "ra-edit-profile",
      title: "Edit a profile",
      paragraphs: [
        "Change the profile's name, roles, session policies, session duration (900 to 43200 seconds) and whether a workload may choose its role session name (acceptRoleSessionName). Changes apply to the next CreateSession.",
        "Require instance properties is chosen when the profile is created: UpdateProfile does not change it.",
      ],
      learnMore: [{ label: "UpdateProfile", href: `${RA_API}/API_UpdateProfile.html` }],
      source: `${RA_API}/API_UpdateProfile.html`,
    },
    {
      id: "ra-profiles",
      title: "Profiles",
      paragraphs: [
        "A profile lists the roles a workload can assume through IAM Roles Anywhere. Each role's trust policy must allow the service principal rolesanywhere.amazonaws.com the actions sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity.",
        "Session policies — managed policies and an inline policy — limit the credentials: a session can do only what both the role and the session policies allow. The session duration is 900 to 43200 seconds, 3600 by default.",
        "A disabled profile refuses every CreateSession that names it.",
      ],
      learnMore: [
        { label: "Create a profile", topic: "ra-create-profile" },
        { label: "Trust relationships", topic: "role-trust" },
        { label: "CreateProfile", href: `${RA_API}/API_CreateProfile.html` },
      ],
      source: `${RA_API}/API_CreateProfile.html`,
    },
    {
      id: "ra-create-profile",
      title: "Create a profile",
      paragraphs: [
        "Name the profile and choose its roles. The Roles Anywhere trust column shows whether each role's trust policy already allows rolesanywhere.amazonaws.com the three actions it needs; edit a role's trust policy from its page if it does not.",
        "Optionally add managed policies and an inline JSON policy as session policies, and set how long the credentials stay valid.",
      ],
      learnMore: [
        { label: "Profiles", topic: "ra-profiles" },
        { label: "Getting started with IAM Roles Anywhere", href: `${RA}/getting-started.html` },
      ],
      source: `${RA}/getting-started.html`,
    },
    {
      id: "ra-subjects",
      title: "Subject activity",
      paragraphs: [
        "Each certificate identity (its X.509 subject) that called CreateSession appears here with when it was last seen.",
        "A subject's page lists the certificates it presented — issuer and serial number — with when each was last used and whether that attempt succeeded.",
      ],
      learnMore: [
        { label: "IAM Roles Anywhere", topic: "roles-anywhere" },
        { label: "SubjectDetail", href: `${RA_API}/API_SubjectDetail.html` },
      ],
      source: `${RA_API}/API_SubjectDetail.html`,
    },
  ],
  /** The pages that open these topics from their Info link, most specific first. */
  paths: [
    [/^\/rolesanywhere\/trust-anchors\/create/, "ra-create-trust-anchor"],
    [/^\/rolesanywhere\/trust-anchors/, "ra-trust-anchors"],
    [/^\/rolesanywhere\/profiles\/create/, "ra-create-profile"],
    [/^\/rolesanywhere\/profiles/, "ra-profiles"],
    [/^\/rolesanywhere\/subjects/, "ra-subjects"],
    [/^\/rolesanywhere/, "roles-anywhere"],
  ],
};
