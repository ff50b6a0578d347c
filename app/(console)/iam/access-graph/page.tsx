import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { AccessGraphView } from "@/components/access-graph/access-graph-view";
import { ACCESS_GRAPH_API } from "@/lib/graph/api-path";
import { readMultiSession } from "@/lib/auth/multi-session-cookies";
import { preloadConsoleRead } from "@/lib/api/preload-read";

export default async function AccessGraphPage() {
  // The graph (with its server-side layout) is asked for as the document arrives, not after the
  // page's scripts have run: the view's own request (use-access-graph.ts, same URL, same credentials
  // mode) takes the preloaded answer. A multi-session tab asks its own session's API.
  const { tabId } = await readMultiSession();
  preloadConsoleRead(tabId, ACCESS_GRAPH_API);
  return (
    <>
      <Breadcrumbs items={[{ label: "IAM", href: "/iam" }, { label: "Access graph" }]} />
      <AccessGraphView />
    </>
  );
}
