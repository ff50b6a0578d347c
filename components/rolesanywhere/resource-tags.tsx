"use client";
// The Tags section of a trust anchor or profile page: the console's tag panel over Roles Anywhere's tags.
import { TagsPanel } from "@/components/tags/tags-panel";
import { useResourceTags, type TaggedKind } from "./use-roles-anywhere";

export function ResourceTags({ kind, id, label }: { kind: TaggedKind; id: string; label: string }) {
  const { tags, save } = useResourceTags(kind, id);
  return <TagsPanel tags={tags} save={save} savedMessage={`Tags for ${label} saved.`} />;
}
