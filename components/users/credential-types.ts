// Wire types for a user's SSH public keys and service-specific credentials, inferred from what the
// server functions return (dates arrive as ISO strings after JSON).
import type { SshPublicKeyMetadata, SshPublicKeyShape } from "@/lib/iam/ssh-public-keys/keys";
import type { ServiceSpecificCredentialMetadata, ServiceSpecificCredentialShape } from "@/lib/iam/service-specific-credentials/credentials";

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | undefined ? string | undefined : T[K] };

export type SshKey = Json<SshPublicKeyMetadata>;
export type SshKeyDetail = Json<SshPublicKeyShape>;
export type ServiceCredential = Json<ServiceSpecificCredentialMetadata>;
export type NewServiceCredential = Json<ServiceSpecificCredentialShape>;
