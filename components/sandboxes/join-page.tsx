"use client";
// /sandboxes/join?code=…: the join form filled in from the link; once joined, the learner's sandboxes.
import { useRouter } from "next/navigation";
import { JoinForm } from "./join-form";

export function JoinPage({ code }: { code: string }) {
  const router = useRouter();
  return <JoinForm initialCode={code} onJoined={() => router.push("/sandboxes")} />;
}
