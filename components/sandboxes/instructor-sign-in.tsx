"use client";
// The instructor's sign-in on /sandboxes/instructor: the server's instructor token (SANDBOX_INSTRUCTOR_TOKEN,
// or the data directory's instructor-token file). Success sets the httpOnly lab_instructor cookie and
// reloads the page, which then shows every sandbox.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { TextField } from "@/components/ui/text-field";
import { sendJson } from "./fetch-json";

export function InstructorSignIn() {
  const router = useRouter();
  const [token, setToken] = useState("");
  const signIn = useMutation({
    mutationFn: () => sendJson<unknown>("/api/sandboxes/instructor/session", { token }),
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      aria-label="Instructor sign-in"
      className="max-w-md rounded-lg border border-aws-divider p-4"
      onSubmit={(e) => {
        e.preventDefault();
        signIn.mutate();
      }}
    >
      <TextField
        label="Instructor token"
        type="password"
        value={token}
        onChange={setToken}
        description="SANDBOX_INSTRUCTOR_TOKEN, or the instructor-token file in the server's data directory."
        autoComplete="current-password"
        className="mb-3"
      />
      <Button type="submit" variant="primary" loading={signIn.isPending} disabled={token === ""}>
        Sign in as instructor
      </Button>
      {signIn.error && <ErrorAlert className="mt-3">{signIn.error.message}</ErrorAlert>}
    </form>
  );
}
