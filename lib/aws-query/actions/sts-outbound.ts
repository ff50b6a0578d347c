// STS GetWebIdentityToken on the wire: the model's constraints in member order (Audience 1–10 members
// of 1–1000 characters, DurationSeconds 60–3600, SigningAlgorithm RS256 | ES384, Tags as for session
// tags), then lib/sts/outbound-token.ts.
// AWS: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetWebIdentityToken.html
import type { Caller } from "@/lib/authz/caller";
import { ParamReader, stringList, type QueryAction } from "@/lib/aws-query";
import { SIGNING_ALGORITHMS, type SigningAlgorithm } from "@/lib/iam/outbound-federation/keys";
import { getWebIdentityToken } from "@/lib/sts/outbound-token";
import { readTags } from "./sts";

const MAX_AUDIENCES = 10;

export const getWebIdentityTokenAction: QueryAction<Caller> = async (params, caller, meta) => {
  const r = new ParamReader(params);
  const audience = stringList(params, "Audience");
  if (audience.length === 0) r.add("audience", null, "Member must not be null");
  audience.forEach((a, i) => r.checkString(`audience.${i + 1}.member`, a, { min: 1, max: 1000 }));
  if (audience.length > MAX_AUDIENCES) r.add("audience", `[${audience.join(", ")}]`, `Member must have length less than or equal to ${MAX_AUDIENCES}`);
  const durationSeconds = r.int("DurationSeconds", { min: 60, max: 3600 });
  const signingAlgorithm = r.string("SigningAlgorithm", { required: true });
  // [INF] The model types it as a string; AWS accepts only these two, refused like an enum member.
  if (signingAlgorithm !== undefined && !(SIGNING_ALGORITHMS as readonly string[]).includes(signingAlgorithm)) {
    r.add("signingAlgorithm", signingAlgorithm, `Member must satisfy enum value set: [${SIGNING_ALGORITHMS.join(", ")}]`);
  }
  const tags = readTags(r, params);
  r.finish();
  return getWebIdentityToken(caller, {
    audience,
    durationSeconds,
    signingAlgorithm: signingAlgorithm as SigningAlgorithm,
    tags,
    region: meta.auth.region,
    now: meta.receivedAt,
  });
};

export const stsOutboundActions: Record<string, QueryAction<Caller>> = {
  GetWebIdentityToken: getWebIdentityTokenAction,
};
