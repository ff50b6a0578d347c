// Cloudscape's Tiles: a radio card with a title and a description. The radio is named by the title
// alone ("Custom trust policy") and described by the sentence, so demos and tests pick tiles by name
// (docs/demo-names.md).
export function TileRadio({
  id,
  name,
  title,
  description,
  checked,
  onChange,
}: {
  /** Unique on the page: prefixes the title and description ids. */
  id: string;
  name: string;
  title: string;
  description: string;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <label className={`flex cursor-pointer gap-2 rounded-xl border-2 p-3 ${checked ? "border-aws-blue bg-aws-blue-light" : "border-aws-border"}`}>
      <input type="radio" name={name} checked={checked} onChange={onChange} className="mt-1" aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`} />
      <span>
        <span id={`${id}-title`} className="block font-bold">
          {title}
        </span>
        <span id={`${id}-description`} className="block text-sm text-aws-muted">
          {description}
        </span>
      </span>
    </label>
  );
}
