"use client";
// react-query hooks for the Roles Anywhere pages; every mutation refreshes everything under
// queryKeys.rolesAnywhere (lists, pages and tags), as the lists show status the pages change.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { Crl, Profile, RoleChoice, Subject, SubjectSummary, Tag, TrustAnchor, TrustAnchorPage } from "./types";

export const RA_API = "/api/console/rolesanywhere";
const seg = encodeURIComponent;

export function useTrustAnchors() {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.trustAnchors(),
    queryFn: ({ signal }) => apiFetch<{ trustAnchors: TrustAnchor[] }>(`${RA_API}/trust-anchors`, { signal }),
  });
}

export function useTrustAnchor(id: string) {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.trustAnchor(id),
    queryFn: ({ signal }) => apiFetch<TrustAnchorPage>(`${RA_API}/trust-anchors/${seg(id)}`, { signal }),
  });
}

export function useProfiles() {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.profiles(),
    queryFn: ({ signal }) => apiFetch<{ profiles: Profile[] }>(`${RA_API}/profiles`, { signal }),
  });
}

export function useProfile(id: string) {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.profile(id),
    queryFn: ({ signal }) => apiFetch<Profile>(`${RA_API}/profiles/${seg(id)}`, { signal }),
  });
}

export function useSubjects() {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.subjects(),
    queryFn: ({ signal }) => apiFetch<{ subjects: SubjectSummary[] }>(`${RA_API}/subjects`, { signal }),
  });
}

export function useSubject(id: string) {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.subject(id),
    queryFn: ({ signal }) => apiFetch<Subject>(`${RA_API}/subjects/${seg(id)}`, { signal }),
  });
}

export function useRoleChoices() {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.roles(),
    queryFn: ({ signal }) => apiFetch<{ roles: RoleChoice[] }>(`${RA_API}/roles`, { signal }),
  });
}

function useRaMutation<I, O = unknown>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.rolesAnywhere.all }) });
}

/** Tags as Roles Anywhere spells them (lower-case key/value), as the create forms' tag editor keeps them. */
export type CreateTag = { key: string; value: string };

export type TrustAnchorSourceInput = { type: "bundle"; certificate: string } | { type: "generate" };

export function useCreateTrustAnchor() {
  return useRaMutation((input: { name: string; source: TrustAnchorSourceInput; tags?: CreateTag[] }) =>
    apiFetch<TrustAnchor>(`${RA_API}/trust-anchors`, { body: input }),
  );
}

export interface ProfileInput {
  name: string;
  roleArns: string[];
  managedPolicyArns: string[];
  sessionPolicy?: string;
  durationSeconds: number;
  tags?: CreateTag[];
}

export function useCreateProfile() {
  return useRaMutation((input: ProfileInput) => apiFetch<Profile>(`${RA_API}/profiles`, { body: input }));
}

export type RaKind = "trust-anchors" | "profiles" | "crls";

/** Enable or disable a trust anchor, profile or CRL. */
export function useSetEnabled(kind: RaKind, id: string) {
  return useRaMutation((enabled: boolean) => apiFetch(`${RA_API}/${kind}/${seg(id)}`, { method: "PATCH", body: { enabled } }));
}

export function useDeleteResource(kind: RaKind) {
  return useRaMutation((id: string) => apiFetch(`${RA_API}/${kind}/${seg(id)}`, { method: "DELETE" }));
}

/** The kinds with a Tags section (a CRL is tagged over the API only). */
export type TaggedKind = Exclude<RaKind, "crls">;

export function useResourceTags(kind: TaggedKind, id: string) {
  const key = kind === "trust-anchors" ? queryKeys.rolesAnywhere.trustAnchorTags(id) : queryKeys.rolesAnywhere.profileTags(id);
  const tags = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiFetch<{ Tags: Tag[] }>(`${RA_API}/${kind}/${seg(id)}/tags`, { signal }),
  });
  const save = useRaMutation((next: Tag[]) => apiFetch(`${RA_API}/${kind}/${seg(id)}/tags`, { method: "PUT", body: { tags: next } }));
  return { tags, save };
}

/** Edit profile: UpdateProfile with every editable member. */
export interface ProfileUpdate {
  name: string;
  roleArns: string[];
  managedPolicyArns: string[];
  sessionPolicy?: string;
  durationSeconds: number;
  acceptRoleSessionName: boolean;
}

export function useUpdateProfile(id: string) {
  return useRaMutation((input: ProfileUpdate) => apiFetch<Profile>(`${RA_API}/profiles/${seg(id)}`, { method: "PUT", body: input }));
}

export function usePutAttributeMapping(profileId: string) {
  return useRaMutation((input: { certificateField: string; specifiers: string[] }) => apiFetch<Profile>(`${RA_API}/profiles/${seg(profileId)}/mappings`, { method: "PUT", body: input }));
}

export function useDeleteAttributeMapping(profileId: string) {
  return useRaMutation(({ certificateField, specifier }: { certificateField: string; specifier?: string }) => {
    const q = new URLSearchParams({ certificateField, ...(specifier ? { specifier } : {}) });
    return apiFetch<Profile>(`${RA_API}/profiles/${seg(profileId)}/mappings?${q}`, { method: "DELETE" });
  });
}

export function useTrustAnchorCrls(id: string) {
  return useQuery({
    queryKey: queryKeys.rolesAnywhere.trustAnchorCrls(id),
    queryFn: ({ signal }) => apiFetch<{ crls: Crl[] }>(`${RA_API}/trust-anchors/${seg(id)}/crls`, { signal }),
  });
}

export function useImportCrl(trustAnchorId: string) {
  return useRaMutation((input: { name: string; crl: string; enabled: boolean }) => apiFetch<Crl>(`${RA_API}/trust-anchors/${seg(trustAnchorId)}/crls`, { body: input }));
}

export function usePutNotificationSetting(trustAnchorId: string) {
  return useRaMutation((input: { event: string; enabled: boolean; threshold?: number }) =>
    apiFetch<TrustAnchor>(`${RA_API}/trust-anchors/${seg(trustAnchorId)}/notifications`, { method: "PUT", body: input }),
  );
}

export function useResetNotificationSetting(trustAnchorId: string) {
  return useRaMutation((event: string) => apiFetch<TrustAnchor>(`${RA_API}/trust-anchors/${seg(trustAnchorId)}/notifications?${new URLSearchParams({ event })}`, { method: "DELETE" }));
}
