// The wizard's "Service or use case" catalogue (console-spec §3.1(a)): each use case fixes the
// service principal, the default description and, for a few, extra behaviour — EC2 roles get a
// same-name instance profile; service-linked use cases create AWSServiceRoleFor… roles instead.
// Descriptions are the console's texts where they were seen, AWS-style otherwise.

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

function single(id: string, name: string, principal: string, text: string): ServiceEntry {
  return { id, name, useCases: [{ id, name, description: text, principals: [principal], defaultDescription: text }] };
}

export const SERVICE_USE_CASES: ServiceEntry[] = [
  {
    id: "ec2",
    name: "EC2",
    useCases: [
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
  },
  single("lambda", "Lambda", "lambda.amazonaws.com", onBehalf("Lambda functions")),
  {
    id: "ecs",
    name: "Elastic Container Service",
    useCases: [
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
  },
  single("cloudformation", "CloudFormation", "cloudformation.amazonaws.com", "Allows CloudFormation to create and manage AWS stacks and resources on your behalf."),
  single("states", "Step Functions", "states.amazonaws.com", onBehalf("Step Functions state machines")),
  single("glue", "Glue", "glue.amazonaws.com", onBehalf("Glue")),
  {
    id: "sagemaker",
    name: "SageMaker",
    useCases: [
      {
        id: "sagemaker",
        name: "SageMaker - Execution",
        description: "Allows SageMaker notebook instances, training jobs, and models to access S3, ECR, and CloudWatch on your behalf.",
        principals: ["sagemaker.amazonaws.com"],
        defaultDescription: "Allows SageMaker notebook instances, training jobs, and models to access S3, ECR, and CloudWatch on your behalf.",
        suggestedPolicies: ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"],
      },
    ],
  },
  single("apigateway", "API Gateway", "apigateway.amazonaws.com", "Allows API Gateway to push logs to CloudWatch Logs."),
  single("codebuild", "CodeBuild", "codebuild.amazonaws.com", onBehalf("CodeBuild")),
  single("events", "CloudWatch Events", "events.amazonaws.com", onBehalf("CloudWatch Events")),
  single("scheduler", "EventBridge Scheduler", "scheduler.amazonaws.com", onBehalf("EventBridge Scheduler")),
];

export function findUseCase(serviceId: string, useCaseId: string): UseCase | undefined {
  return SERVICE_USE_CASES.find((s) => s.id === serviceId)?.useCases.find((u) => u.id === useCaseId);
}
