"use client";
// The text box beside an "Add" button: Enter adds too, without submitting any surrounding form.
export function AddOnEnterInput({
  value,
  onChange,
  onAdd,
  invalid,
  placeholder,
  className = "",
}: {
  value: string;
  onChange: (v: string) => void;
  onAdd: () => void;
  invalid?: boolean;
  placeholder?: string;
  className?: string;
}) {
  return (
    <input
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== "Enter") return;
        e.preventDefault();
        onAdd();
      }}
      aria-invalid={invalid || undefined}
      placeholder={placeholder}
      className={`mt-1 block rounded-lg border-2 px-3 py-1 ${invalid ? "border-aws-red" : "border-aws-border"} ${className}`}
    />
  );
}
