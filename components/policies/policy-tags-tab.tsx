"use client";
// The policy page's Tags tab (console-spec §6.2), customer managed policies only: the shared tags
// panel over ListPolicyTags / Save changes (UntagPolicy + TagPolicy).
import { TagsPanel } from "@/components/tags/tags-panel";
import { usePolicyTags } from "./hooks/use-policy-tags";
import { useSavePolicyTags } from "./hooks/use-save-policy-tags";

export function PolicyTagsTab({ arn, name }: { arn: string; name: string }) {
  return <TagsPanel tags={usePolicyTags(arn)} save={useSavePolicyTags(arn)} savedMessage={`Tags for policy ${name} saved.`} />;
}
