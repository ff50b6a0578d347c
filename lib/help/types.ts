// The help panel's content model (Cloudscape's tools drawer): one topic per page or field, as data.
export interface HelpLink {
  label: string;
  /** Another local topic: opens in the same panel (works offline). */
  topic?: string;
  /** An AWS page: opens in a new tab and is marked as external (unreachable offline). */
  href?: string;
}

export interface HelpTopic {
  id: string;
  title: string;
  /** Paraphrased from `source`; a few short paragraphs, as the console's help panel has. */
  paragraphs: string[];
  learnMore: HelpLink[];
  /** The AWS documentation page the topic is written from. */
  source: string;
}

/** One console area's help (lib/help/topics/<area>.ts): its topics and the pages that open them. */
export interface HelpArea {
  topics: HelpTopic[];
  /** Page path → topic id for a page-level Info link with no explicit topic; most specific first. */
  paths: [RegExp, string][];
}
