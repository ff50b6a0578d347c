import { InfoLink } from "@/components/help/info-link";

/** Cloudscape's Container: a card with a header row (title, counter, description, actions). */
export function Container({
  title,
  counter,
  description,
  actions,
  info,
  headingLevel = 2,
  children,
}: {
  title: React.ReactNode;
  counter?: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** An Info link: `true` opens the page's help topic, a string names the topic (lib/help/topics/). */
  info?: boolean | string;
  headingLevel?: 1 | 2 | 3;
  children?: React.ReactNode;
}) {
  const Heading = `h${headingLevel}` as "h2";
  return (
    <section className="rounded-2xl bg-white shadow-[0_1px_1px_0_rgba(0,28,36,0.3),1px_1px_1px_0_rgba(0,28,36,0.15),-1px_1px_1px_0_rgba(0,28,36,0.15)]">
      <div className="flex flex-wrap items-start justify-between gap-2 px-5 pt-4 pb-2">
        <div>
          <Heading className="text-lg font-bold">
            {title} {counter && <span className="font-normal text-aws-muted">{counter}</span>}
            {info && <InfoLink topic={typeof info === "string" ? info : undefined} className="ml-2" />}
          </Heading>
          {description && <p className="mt-1 text-sm text-aws-muted">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      {children && <div className="px-5 pb-5">{children}</div>}
    </section>
  );
}

export function KeyValue({ label, children }: { label: React.ReactNode; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-bold text-aws-muted">{label}</dt>
      <dd className="mt-0.5 break-all">{children}</dd>
    </div>
  );
}
