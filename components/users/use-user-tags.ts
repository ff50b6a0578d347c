"use client";
// The user page's Tags tab: ListUserTags, and Save changes (the whole tag set, see the route).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Tag } from "@/components/tags/tags-panel";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

const tagsApi = (userName: string) => `/api/console/users/${encodeURIComponent(userName)}/tags`;

export function useUserTags(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.tags(userName),
    queryFn: ({ signal }) => apiFetch<{ Tags: Tag[] }>(tagsApi(userName), { signal }),
  });
}

export function useSaveUserTags(userName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (tags: Tag[]) => apiFetch<{ Tags: Tag[] }>(tagsApi(userName), { method: "PUT", body: { tags } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.users.tags(userName) }),
  });
}
