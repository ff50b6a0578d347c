"use client";
// The simulator page's reads and runs (app/api/console/simulator/*, app/api/console/catalog/*).
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { ActionSetting } from "@/lib/iam/simulate/action-settings";
import type { ConsoleResult } from "@/lib/iam/simulate/console";
import type { SimulatorPrincipals, SimulatorSource } from "@/lib/iam/simulate/console-sources";

export type { ActionSetting, ConsoleResult, SimulatorPrincipals, SimulatorSource };

export interface CatalogService { prefix: string; name: string }
export interface CatalogServiceDetail extends CatalogService { actions: { name: string; accessLevel: string }[] }

export interface PolicyInput { id: string; name: string; type: "identity" | "boundary"; document: string }
export interface RunItem { action: string; resources: string[] }
export interface ContextEntry { ContextKeyName: string; ContextKeyValues: string[]; ContextKeyType: string }

export const usePrincipals = (enabled: boolean) =>
  useQuery({ queryKey: ["simulator", "principals"], queryFn: () => apiFetch<SimulatorPrincipals>("/api/console/simulator/principals"), enabled });

export const useSourcePolicies = (source: string | undefined) =>
  useQuery({
    queryKey: ["simulator", "policies", source],
    queryFn: () => apiFetch<SimulatorSource>(`/api/console/simulator/policies?source=${encodeURIComponent(source ?? "")}`),
    enabled: Boolean(source),
  });

export const useServices = () =>
  useQuery({ queryKey: ["catalog", "services"], queryFn: () => apiFetch<{ services: CatalogService[] }>("/api/console/catalog/services"), staleTime: Infinity });

export const useServiceActions = (prefix: string) =>
  useQuery({
    queryKey: ["catalog", "service", prefix],
    queryFn: () => apiFetch<CatalogServiceDetail>(`/api/console/catalog/services/${encodeURIComponent(prefix)}`),
    enabled: Boolean(prefix),
    staleTime: Infinity,
  });

export const useActionSettings = (actions: string[]) =>
  useQuery({
    queryKey: ["simulator", "actions", actions],
    queryFn: () => apiFetch<{ actions: ActionSetting[] }>(`/api/console/simulator/actions?actions=${encodeURIComponent(actions.join(","))}`),
    enabled: actions.length > 0,
    staleTime: Infinity,
  });

export const useContextKeys = (input: { source?: string; policies: { type: string; document: string }[]; items: RunItem[] }, enabled: boolean) =>
  useQuery({
    queryKey: ["simulator", "context-keys", input],
    queryFn: () => apiFetch<{ ContextKeyNames: string[]; TrustContextKeyNames: string[] }>("/api/console/simulator/context-keys", { body: input }),
    enabled,
    retry: false,
  });

export function runSimulation(body: {
  source?: string;
  policies: PolicyInput[];
  items: RunItem[];
  resourcePolicy?: string;
  resourceOwner?: string;
  callerArn?: string;
  context: ContextEntry[];
  includeScps: boolean;
}): Promise<{ results: ConsoleResult[] }> {
  return apiFetch("/api/console/simulator/run", { body });
}
