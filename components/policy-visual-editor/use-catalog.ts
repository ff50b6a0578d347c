"use client";
// The service catalogue behind "Select a service" and "Actions allowed": public AWS metadata that
// never changes while the app runs, so it is fetched once per session.
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { CatalogService, CatalogServiceDetail } from "@/lib/iam/console/service-catalog";

export function useCatalogServices() {
  return useQuery({
    queryKey: ["catalog", "services"],
    queryFn: ({ signal }) => apiFetch<{ services: CatalogService[] }>("/api/console/catalog/services", { signal }).then((r) => r.services),
    staleTime: Infinity,
  });
}

export function useCatalogService(prefix: string | null) {
  return useQuery({
    queryKey: ["catalog", "service", prefix],
    queryFn: ({ signal }) => apiFetch<CatalogServiceDetail>(`/api/console/catalog/services/${encodeURIComponent(prefix!)}`, { signal }),
    enabled: !!prefix,
    staleTime: Infinity,
  });
}
