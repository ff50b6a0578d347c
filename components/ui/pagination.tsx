"use client";
// Cloudscape's pagination `< 1 2 … 9 >`: the first and last pages, the current one and its neighbours.
// `disabled` holds it still while the next page loads, so clicks can't race the request.

function pagesToShow(current: number, count: number): (number | "gap")[] {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

export function Pagination({ page, pageCount, onChange, disabled }: { page: number; pageCount: number; onChange: (p: number) => void; disabled?: boolean }) {
  const count = Math.max(1, pageCount);
  const btn = "min-w-7 rounded px-1.5 py-0.5 disabled:cursor-not-allowed disabled:text-[#9ba7b6]";
  return (
    <nav aria-label="Pagination" className="flex items-center gap-1 text-sm">
      <button type="button" aria-label="Previous page" className={btn} disabled={disabled || page <= 1} onClick={() => onChange(page - 1)}>
        ‹
      </button>
      {pagesToShow(page, count).map((p, i) =>
        p === "gap" ? (
          <span key={`gap-${i}`} aria-hidden className="px-1 text-aws-muted">
            …
          </span>
        ) : (
          <button
            key={p}
            type="button"
            aria-label={`Page ${p} of all pages`}
            aria-current={p === page ? "true" : undefined}
            className={`${btn} ${p === page ? "font-bold text-aws-ink" : "text-aws-muted hover:text-aws-ink"}`}
            disabled={disabled && p !== page}
            onClick={() => onChange(p)}
          >
            {p}
          </button>
        ),
      )}
      <button type="button" aria-label="Next page" className={btn} disabled={disabled || page >= count} onClick={() => onChange(page + 1)}>
        ›
      </button>
    </nav>
  );
}
