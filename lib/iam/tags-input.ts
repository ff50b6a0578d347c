// The console's "Save changes" body for any Tags tab. Shapes only: the 50-tag quota, key/value
// lengths and the aws: prefix are IAM's checks (lib/iam/tags), answered with IAM's messages.
import { z } from "zod";

const ZTag = z.object({ Key: z.string().max(1000), Value: z.string().max(1000) }).strict();

export const ZSaveTagsInput = z.object({ tags: z.array(ZTag).max(200) }).strict();
export type TSaveTagsInput = z.infer<typeof ZSaveTagsInput>;
