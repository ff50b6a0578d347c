"use client";
// How the Roles Anywhere sections save: a dialog whose form one mutation sends (then a success flash
// and the dialog closes; a failure stays in the dialog), and row buttons that run a mutation and
// flash its outcome either way.
import type { UseMutationResult } from "@tanstack/react-query";
import { FormModal } from "@/components/ui/form-modal";
import { useFlash } from "@/components/ui/flashbar";

type Mutation<V> = Pick<UseMutationResult<unknown, Error, V>, "mutate" | "mutateAsync" | "isPending" | "error">;

/** `mutation.mutate(variables)` with a flash: `success` when it succeeds, the error's message when not. */
export function useFlashMutate<V>(mutation: Pick<Mutation<V>, "mutate">): (variables: V, success: string) => void {
  const { push } = useFlash();
  return (variables, success) =>
    mutation.mutate(variables, {
      onSuccess: () => push({ type: "success", content: success }),
      onError: (e) => push({ type: "error", content: e.message }),
    });
}

/** A FormModal that sends `variables` through `mutation`, flashes `success` and closes. */
export function MutationFormModal<V>({
  mutation,
  variables,
  success,
  ...modal
}: {
  mutation: Pick<Mutation<V>, "mutateAsync" | "isPending" | "error">;
  /** What the form sends, as it stands when submitted. */
  variables: V;
  success: string;
  title: string;
  formId: string;
  submitLabel?: string;
  invalid: boolean;
  onClose: () => void;
  children: (showErrors: boolean) => React.ReactNode;
}) {
  const { push } = useFlash();
  return (
    <FormModal
      {...modal}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={async () => {
        await mutation.mutateAsync(variables);
        push({ type: "success", content: success });
        modal.onClose();
      }}
    />
  );
}
