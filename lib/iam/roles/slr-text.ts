// The service-linked-role text shared by the server and client components, apart from the catalog
// (which stays server-side). Its second sentence is AWS's definition of a service-linked role
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-service-linked-role).
// [INF] The console's exact banner wording is unconfirmed.
export const SLR_GENERIC_EXPLANATION =
  "This role is a service-linked role and cannot be edited. Service-linked roles are predefined by the service and include all the permissions that the service requires to call other AWS services on your behalf.";
