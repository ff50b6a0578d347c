import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { PasswordPolicyPanel } from "@/components/account-settings/password-policy-panel";
import { AccountAliasPanel } from "@/components/account-settings/account-alias-panel";
import { StsPreferencesPanel } from "@/components/account-settings/sts-preferences-panel";
import { OutboundFederationPanel } from "@/components/account-settings/outbound-federation-panel";
import { AccountColorPanel } from "@/components/account-settings/account-color-panel";

export default function Page() {
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Account settings" }]} />
      <PageHeader title="Account settings" />
      <div className="flex flex-col gap-6">
        <PasswordPolicyPanel />
        <AccountAliasPanel />
        <StsPreferencesPanel />
        <OutboundFederationPanel />
        <AccountColorPanel />
      </div>
    </>
  );
}
