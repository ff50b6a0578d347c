// The AWS-compatible Query endpoint (IAM 2010-05-08 and STS 2011-06-15), for the AWS CLI and SDKs:
// `aws --endpoint-url http://localhost:3000/api/aws sts get-caller-identity`.
import { createAwsEndpoint } from "@/lib/wire/endpoint";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const handler = createAwsEndpoint();

export const GET = handler;
export const POST = handler;
