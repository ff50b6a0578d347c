"use client";
// The lab panel's and catalog's data: the current attempt (polled every 3 s while one is open, the
// panel's live check status) and the mutations, each answering the attempt as it is now.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { FinishSummary, LabCard, LabView } from "@/lib/labs/types";
import { CURRENT_LAB_API } from "@/lib/labs/api-path";

export const CURRENT_LAB = ["labs", "current"] as const;
export const LAB_CATALOG = ["labs", "catalog"] as const;
/** The summary of the lab just finished (the engine closes the attempt, so `current` answers null after Finish). */
export const FINISHED_LAB = ["labs", "finished"] as const;
export type FinishedLab = { title: string; summary: FinishSummary } | null;
export const POLL_MS = 3000;

export function useCurrentLab() {
  return useQuery({
    queryKey: CURRENT_LAB,
    queryFn: ({ signal }) => apiFetch<{ lab: LabView | null }>(CURRENT_LAB_API, { signal }).then((r) => r.lab),
    // Polls only while a lab is open; starting one from the catalog fills the cache directly.
    refetchInterval: (q) => (q.state.data ? POLL_MS : false),
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
}

export function useLabCatalog() {
  return useQuery({
    queryKey: LAB_CATALOG,
    queryFn: ({ signal }) => apiFetch<{ labs: LabCard[] }>("/api/console/labs", { signal }).then((r) => r.labs),
    staleTime: 0,
  });
}

type LabAction = "start" | "hint" | "solution" | "answer" | "actor" | "reset";

/** One of the panel's or catalog's actions: POSTs, then puts the attempt it answers in the cache. */
export function useLabAction<V = void>(action: LabAction, body?: (v: V) => unknown) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => apiFetch<{ lab: LabView }>(`/api/console/labs/${action}`, { method: "POST", body: body ? body(v) : {} }).then((r) => r.lab),
    onSuccess: (lab) => {
      client.setQueryData(CURRENT_LAB, lab);
      client.setQueryData(FINISHED_LAB, null);
      void client.invalidateQueries({ queryKey: LAB_CATALOG });
    },
  });
}

/** Kept in the cache (not fetched): the panel shows it until the learner closes it. */
export function useFinishedLab() {
  const client = useQueryClient();
  const query = useQuery<FinishedLab>({ queryKey: FINISHED_LAB, queryFn: () => null, enabled: false, staleTime: Infinity, gcTime: Infinity });
  return [query.data ?? null, (v: FinishedLab) => client.setQueryData(FINISHED_LAB, v)] as const;
}

export function useFinishLab(title: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ summary: FinishSummary }>("/api/console/labs/finish", { method: "POST", body: {} }).then((r) => r.summary),
    onSuccess: (summary) => {
      const finished: FinishedLab = { title, summary };
      client.setQueryData(FINISHED_LAB, finished);
      void client.invalidateQueries({ queryKey: CURRENT_LAB });
      void client.invalidateQueries({ queryKey: LAB_CATALOG });
    },
  });
}
