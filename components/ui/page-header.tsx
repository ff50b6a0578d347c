import { InfoLink } from "@/components/help/info-link";

/** A resource page's title row: the name as the h1 with the page's Info link, the page's actions (usually Delete) at the right. */
export function PageHeader({ title, info, children }: { title: React.ReactNode; info?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-4 flex items-center justify-between">
      <h1 className="text-2xl font-bold">
        {title} <InfoLink topic={info} />
      </h1>
      {children}
    </div>
  );
}
