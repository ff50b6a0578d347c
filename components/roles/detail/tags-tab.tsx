"use client";
// The role page's Tags tab (console-spec §4.5): the shared tags panel over ListRoleTags / Save changes.
import { TagsPanel } from "@/components/tags/tags-panel";
import { useRoleSaveTags } from "../hooks/use-role-save-tags";
import { useRoleTags } from "../hooks/use-role-tags";

export function TagsTab({ roleName }: { roleName: string }) {
  return <TagsPanel tags={useRoleTags(roleName)} save={useRoleSaveTags(roleName)} savedMessage={`Tags for role ${roleName} saved.`} />;
}
