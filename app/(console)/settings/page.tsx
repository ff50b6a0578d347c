import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { DisplaySettings } from "@/components/settings/display-settings";
import { currentVisualMode } from "@/lib/console-settings/current-visual-mode";

/** The console's Unified Settings (account menu → Settings): preferences of the signed-in identity. */
export default async function Page() {
  const mode = await currentVisualMode();
  return (
    <>
      <Breadcrumbs items={[{ label: "Unified Settings" }]} />
      <PageHeader title="Unified Settings" />
      <DisplaySettings mode={mode} />
    </>
  );
}
