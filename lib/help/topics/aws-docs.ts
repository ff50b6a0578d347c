// The IAM User Guide, which most help topics paraphrase and cite.
export const UG = "https://docs.aws.amazon.com/IAM/latest/UserGuide";
