// TagServerCertificate, UntagServerCertificate and ListServerCertificateTags, authorized on the
// certificate's ARN before it is looked up. Tags are kept under the certificate's id, so they follow
// it through a rename.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagServerCertificate.html
import { entityTagging } from "../tags";
import { authorizedServerCertificate } from "./index";

export const {
  tag: tagServerCertificate,
  untag: untagServerCertificate,
  list: listServerCertificateTags,
} = entityTagging(
  "server-certificate",
  "TagsPerServerCertificate",
  { tag: "iam:TagServerCertificate", untag: "iam:UntagServerCertificate", list: "iam:ListServerCertificateTags" },
  async (caller, action, name: string, opts) => (await authorizedServerCertificate(caller, action, name, opts)).id,
);
