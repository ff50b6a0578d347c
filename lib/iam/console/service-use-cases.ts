// The wizard's "Service or use case" catalogue (console-spec §3.1(a)): each use case fixes the
// service principal, the default description and, for a few, extra behaviour — EC2 roles get a
// same-name instance profile; service-linked use cases create AWSServiceRoleFor… roles instead.
// The services and their other use cases are derived from data (service-role-catalog.ts); what is
// typed here is only the use cases the console shows with their own names and texts, keyed by the
// iam-data service key. Descriptions are the console's texts where they were seen, AWS-style otherwise.
import slrRoleNames from "@/lib/iam/roles/slr-role-names.json";
import { deriveServiceCatalog } from "./service-role-catalog";
import sources from "./service-role-sources.json";

export interface UseCase {
  id: string;
  name: string;
  description: string;
  /** Service principals the trust policy names. */
  principals: string[];
  /** Pre-filled in Step 3's Description. */
  defaultDescription: string;
  /** EC2: the console also creates an instance profile with the role's name. */
  instanceProfile?: boolean;
  /** Service-linked: created with CreateServiceLinkedRole for this service name. */
  serviceLinked?: string;
  /** Policies the console suggests for the use case (pre-selected in Step 2). */
  suggestedPolicies?: string[];
}

export interface ServiceEntry {
  id: string;
  name: string;
  useCases: UseCase[];
}

const onBehalf = (what: string) => `Allows ${what} to call AWS services on your behalf.`;

function single(id: string, name: string, principal: string, text: string): [string, UseCase[]] {
  return [id, [{ id, name, description: text, principals: [principal], defaultDescription: text }]];
}

/** The console's own use cases, keyed by iam-data service key (the overlay on the derived list). */
export const DOCUMENTED_USE_CASES: Record<string, UseCase[]> = Object.fromEntries([
  [
    "ec2",
    [
      {
        id: "ec2",
        name: "EC2",
        description: onBehalf("EC2 instances"),
        principals: ["ec2.amazonaws.com"],
        defaultDescription: onBehalf("EC2 instances"),
        instanceProfile: true,
      },
      {
        id: "ec2-ssm",
        name: "EC2 Role for AWS Systems Manager",
        description: "Allows EC2 instances to call AWS services like CloudWatch and Systems Manager on your behalf.",
        principals: ["ec2.amazonaws.com"],
        defaultDescription: "Allows EC2 instances to call AWS services like CloudWatch and Systems Manager on your behalf.",
        instanceProfile: true,
        suggestedPolicies: ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"],
      },
      {
        id: "ec2-spot-fleet-role",
        name: "EC2 Spot Fleet Role",
        description: "Allows EC2 Spot Fleet to request and terminate Spot Instances on your behalf.",
        principals: ["spotfleet.amazonaws.com"],
        defaultDescription: "Allows EC2 Spot Fleet to request and terminate Spot Instances on your behalf.",
      },
      {
        id: "ec2-spot-fleet-autoscaling",
        name: "EC2 - Spot Fleet Auto Scaling",
        description: "Allows Auto Scaling to access and update EC2 spot fleets on your behalf.",
        principals: ["application-autoscaling.amazonaws.com"],
        defaultDescription: "Allows Auto Scaling to access and update EC2 spot fleets on your behalf.",
      },
      {
        id: "ec2-spot-fleet-tagging",
        name: "EC2 - Spot Fleet Tagging",
        description: "Allows EC2 to launch spot instances and attach tags to the launched instances on your behalf.",
        principals: ["spotfleet.amazonaws.com"],
        defaultDescription: "Allows EC2 to launch spot instances and attach tags to the launched instances on your behalf.",
        suggestedPolicies: ["arn:aws:iam::aws:policy/service-role/AmazonEC2SpotFleetTaggingRole"],
      },
      {
        id: "ec2-spot-instances",
        name: "EC2 - Spot Instances",
        description: "Allows EC2 Spot Instances to launch and manage spot instances on your behalf.",
        principals: ["spot.amazonaws.com"],
        defaultDescription: "Allows EC2 Spot Instances to launch and manage spot instances on your behalf.",
        serviceLinked: "spot.amazonaws.com",
      },
      {
        id: "ec2-spot-fleet",
        name: "EC2 - Spot Fleet",
        description: "Allows EC2 Spot Fleet to launch and manage spot fleet instances on your behalf.",
        principals: ["spotfleet.amazonaws.com"],
        defaultDescription: "Allows EC2 Spot Fleet to launch and manage spot fleet instances on your behalf.",
        serviceLinked: "spotfleet.amazonaws.com",
      },
      {
        id: "ec2-scheduled-instances",
        name: "EC2 - Scheduled Instances",
        description: "Allows EC2 Scheduled Instances to manage instances on your behalf.",
        principals: ["ec2scheduled.amazonaws.com"],
        defaultDescription: "Allows EC2 Scheduled Instances to manage instances on your behalf.",
      },
    ],
  ],
  single("lambda", "Lambda", "lambda.amazonaws.com", onBehalf("Lambda functions")),
  [
    "ecs",
    [
      {
        id: "ecs-task",
        name: "Elastic Container Service Task",
        description: "Allows ECS tasks to call AWS services on your behalf.",
        principals: ["ecs-tasks.amazonaws.com"],
        defaultDescription: "Allows ECS tasks to call AWS services on your behalf.",
      },
      {
        id: "ecs",
        name: "Elastic Container Service",
        description: "Allows ECS to create and manage AWS resources on your behalf.",
        principals: ["ecs.amazonaws.com"],
        defaultDescription: "Allows ECS to create and manage AWS resources on your behalf.",
        serviceLinked: "ecs.amazonaws.com",
      },
    ],
  ],
  single("cloudformation", "CloudFormation", "cloudformation.amazonaws.com", "Allows CloudFormation to create and manage AWS stacks and resources on your behalf."),
  single("states", "Step Functions", "states.amazonaws.com", onBehalf("Step Functions state machines")),
  single("glue", "Glue", "glue.amazonaws.com", onBehalf("Glue")),
  [
    "sagemaker",
    [
      {
        id: "sagemaker",
        name: "SageMaker - Execution",
        description: "Allows SageMaker notebook instances, training jobs, and models to access S3, ECR, and CloudWatch on your behalf.",
        principals: ["sagemaker.amazonaws.com"],
        defaultDescription: "Allows SageMaker notebook instances, training jobs, and models to access S3, ECR, and CloudWatch on your behalf.",
        suggestedPolicies: ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"],
      },
    ],
  ],
  single("apigateway", "API Gateway", "apigateway.amazonaws.com", "Allows API Gateway to push logs to CloudWatch Logs."),
  single("codebuild", "CodeBuild", "codebuild.amazonaws.com", onBehalf("CodeBuild")),
  single("events", "CloudWatch Events", "events.amazonaws.com", onBehalf("CloudWatch Events")),
  single("scheduler", "EventBridge Scheduler", "scheduler.amazonaws.com", onBehalf("EventBridge Scheduler")),
]);

/**
 * iam-data names a prefix shared by two services after one of them (cloudformation: "AWS Cloud
 * Control API"; apigateway: "Amazon API Gateway Management V2"); the console says CloudFormation
 * and API Gateway.
 */
const CONSOLE_NAME_OVERRIDES: Record<string, string> = { cloudformation: "CloudFormation", apigateway: "API Gateway" };

/** Every service with a service role or a service-linked role, with its use cases, by name. */
export const SERVICE_USE_CASES: ServiceEntry[] = deriveServiceCatalog(
  { serviceNames: sources.serviceNames, passedToService: Object.keys(sources.passedToService), serviceLinked: Object.keys(slrRoleNames) },
  DOCUMENTED_USE_CASES,
  CONSOLE_NAME_OVERRIDES,
);

export function findUseCase(serviceId: string, useCaseId: string): UseCase | undefined {
  return SERVICE_USE_CASES.find((s) => s.id === serviceId)?.useCases.find((u) => u.id === useCaseId);
}
