// Cloudscape's RadioGroup: a fieldset with a bold legend and one radio per option. In a list the
// radio sits by the first line of a label that may wrap; short labels (two columns) centre it.
export interface RadioChoicesProps<T extends string> {
  legend: string;
  /** The radios' name, unique on the page. */
  name: string;
  options: readonly T[];
  /** What an option's label shows. */
  label: (option: T) => React.ReactNode;
  /** A line of description under the label. */
  hint?: (option: T) => React.ReactNode;
  columns?: 1 | 2;
  className?: string;
}

export function RadioChoices<T extends string>({
  legend,
  name,
  options,
  label,
  hint,
  columns = 1,
  className,
  value,
  onChange,
}: RadioChoicesProps<T> & { value: T; onChange: (option: T) => void }) {
  const short = columns === 2;
  const radios = options.map((o) => (
    <label key={o} className={short ? "mt-2 flex items-center gap-2" : "mt-2 flex items-start gap-2"}>
      <input type="radio" name={name} className={short ? undefined : "mt-1"} checked={value === o} onChange={() => onChange(o)} />
      <span>
        {label(o)}
        {hint && <span className="block text-sm text-aws-muted">{hint(o)}</span>}
      </span>
    </label>
  ));
  return (
    <fieldset className={className}>
      <legend className="font-bold">{legend}</legend>
      {short ? <div className="grid grid-cols-2 gap-x-4">{radios}</div> : radios}
    </fieldset>
  );
}
