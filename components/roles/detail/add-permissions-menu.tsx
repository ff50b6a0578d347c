"use client";
// "Add permissions ▾" (Radix dropdown): Attach policies / Create inline policy, each its own page.
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useRouter } from "next/navigation";

const ITEM = "cursor-pointer rounded px-3 py-1.5 text-sm outline-none data-[highlighted]:bg-aws-blue-light data-[highlighted]:text-aws-blue-dark";

export function AddPermissionsMenu({ base, disabled }: { base: string; disabled?: boolean }) {
  const router = useRouter();
  return (
    <Menu.Root>
      <Menu.Trigger
        disabled={disabled}
        className="inline-flex items-center gap-1 rounded-full bg-aws-blue px-5 py-1 text-sm font-bold text-white hover:bg-aws-blue-dark disabled:cursor-not-allowed disabled:bg-[#e9ebed] disabled:text-[#9ba7b6]"
      >
        Add permissions <span aria-hidden>▾</span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} className="z-50 min-w-48 rounded-lg border border-aws-border bg-white p-1 shadow-lg">
          <Menu.Item className={ITEM} onSelect={() => router.push(`${base}/attach-policies`)}>
            Attach policies
          </Menu.Item>
          <Menu.Item className={ITEM} onSelect={() => router.push(`${base}/create-inline-policy`)}>
            Create inline policy
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
