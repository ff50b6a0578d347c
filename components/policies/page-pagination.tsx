"use client";
// Cloudscape's numbered pagination for server-paged tables: ‹ 1 2 3 … N ›, the current page marked.
import { Button } from "@/components/ui/button";

function pageNumbers(current: number, count: number): (number | "…")[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const near = [current - 1, current, current + 1].filter((p) => p > 1 && p < count);
  const out: (number | "…")[] = [1];
  if (near[0] > 2) out.push("…");
  out.push(...near);
  if (near[near.length - 1] < count - 1) out.push("…");
  out.push(count);
  return out;
}

export function PagePagination({ page, pageCount, onChange, disabled }: { page: number; pageCount: number; onChange: (p: number) => void; disabled?: boolean }) {
  const count = Math.max(1, pageCount);
  return (
    <nav aria-label="Pagination" className="flex items-center gap-1 text-sm">
      <Button variant="link" aria-label="Previous page" disabled={disabled || page <= 1} onClick={() => onChange(page - 1)}>
        ‹
      </Button>
      {pageNumbers(page, count).map((p, i) =>
        p === "…" ? (
          <span key={`gap${i}`} className="px-1 text-aws-muted">
            …
          </span>
        ) : (
          <Button
            key={p}
            variant="link"
            aria-label={`Page ${p}`}
            aria-current={p === page ? "page" : undefined}
            className={p === page ? "!text-aws-ink" : "font-normal"}
            disabled={disabled && p !== page}
            onClick={() => onChange(p)}
          >
            {p}
          </Button>
        ),
      )}
      <Button variant="link" aria-label="Next page" disabled={disabled || page >= count} onClick={() => onChange(page + 1)}>
        ›
      </Button>
    </nav>
  );
}
