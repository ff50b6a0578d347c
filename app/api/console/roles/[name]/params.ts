// Shared route inputs for /api/console/roles/[name]/**: the role name as IAM accepts it (1–64 chars).
import { z } from "zod";

export const ZRoleParams = z.object({ name: z.string().min(1).max(64) });
export type TRoleParams = z.infer<typeof ZRoleParams>;

export const roleArn = (accountId: string, name: string) => `arn:aws:iam::${accountId}:role/${name}`;
export const roleResource = ({ caller, params }: { caller: { accountId: string }; params: TRoleParams }) => roleArn(caller.accountId, params.name);
