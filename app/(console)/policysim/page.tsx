import { SimulatorPage } from "@/components/simulator/simulator-page";

// `?source=<principal ARN>&action=<service:Action>&resource=<ARN>` pre-fill the page (the Simulate
// buttons, the event history and the access graph link here that way).
export default async function PolicySimulatorPage({ searchParams }: { searchParams: Promise<{ source?: string; action?: string; resource?: string }> }) {
  const p = await searchParams;
  const one = (v: unknown) => (typeof v === "string" && v.length > 0 && v.length <= 2048 ? v : undefined);
  const action = one(p.action);
  return <SimulatorPage initial={{ source: one(p.source), action: action && /^[\w-]+:[\w*?]+$/.test(action) ? action : undefined, resource: one(p.resource) }} />;
}
