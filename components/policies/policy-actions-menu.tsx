"use client";
// The Policies list's "Actions ▾" (Radix dropdown): Attach / Detach for the radio-selected policy.
import * as Menu from "@radix-ui/react-dropdown-menu";

const ITEM = "cursor-pointer rounded px-3 py-1.5 text-sm outline-none data-[highlighted]:bg-aws-blue-light data-[highlighted]:text-aws-blue-dark";

export function PolicyActionsMenu({ disabled, onAttach, onDetach }: { disabled: boolean; onAttach: () => void; onDetach: () => void }) {
  return (
    <Menu.Root>
      <Menu.Trigger
        disabled={disabled}
        className="inline-flex items-center gap-1 rounded-full border-2 border-aws-blue bg-white px-5 py-[2px] text-sm font-bold text-aws-blue hover:bg-aws-blue-light disabled:cursor-not-allowed disabled:border-[#9ba7b6] disabled:text-[#9ba7b6]"
      >
        Actions <span aria-hidden>▾</span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} className="z-50 min-w-40 rounded-lg border border-aws-border bg-white p-1 shadow-lg">
          <Menu.Item className={ITEM} onSelect={onAttach}>
            Attach
          </Menu.Item>
          <Menu.Item className={ITEM} onSelect={onDetach}>
            Detach
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
