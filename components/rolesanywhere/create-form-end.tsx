"use client";
// The end of a Roles Anywhere create page (trust anchor, profile): the optional tags, the create
// call's error, then Cancel (back to the Roles Anywhere home) and the create button.
import Link from "next/link";
import { TagsEditor } from "@/components/roles/create/tags-editor";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { CreateTag } from "./use-roles-anywhere";

export function CreateFormEnd({
  tags,
  onTagsChange,
  create,
  submitLabel,
  onSubmit,
}: {
  tags: CreateTag[];
  onTagsChange: (tags: CreateTag[]) => void;
  /** The create mutation: its error shows here, and its pending state on the button. */
  create: { error: unknown; isPending: boolean };
  submitLabel: string;
  onSubmit: () => void;
}) {
  return (
    <>
      <Container title="Tags - optional" description="A tag is a label that you assign to an AWS resource.">
        <TagsEditor tags={tags} onChange={onTagsChange} />
      </Container>
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <div className="flex justify-end gap-2">
        <Link href="/rolesanywhere/home" className="px-2 py-1 font-bold">
          Cancel
        </Link>
        <Button variant="primary" loading={create.isPending} onClick={onSubmit}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
