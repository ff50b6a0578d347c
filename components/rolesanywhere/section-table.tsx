// The table of a resource page's section (attribute mappings, CRLs, notification settings): the
// columns' headings, then an unlabelled Actions column (its name for screen readers only).
export function SectionTable({ label, columns, children }: { label: string; columns: string[]; children: React.ReactNode }) {
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead>
        <tr className="text-aws-muted">
          {columns.map((c) => (
            <th key={c} className="py-1">
              {c}
            </th>
          ))}
          <th className="py-1">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
