// Reading a REST-JSON request's members (body, URI labels, query string) into typed inputs. A member
// of the wrong JSON type is the protocol's SerializationException [INF wording]; constraints on the
// values are the data layer's (ValidationException).
import { AwsError } from "@/lib/errors";
import type { RaTagInput } from "../common";

type Obj = Record<string, unknown>;

function wrongType(member: string, expected: string): AwsError {
  return new AwsError("SerializationException", `Cannot deserialize member '${member}': expected ${expected}.`);
}

export function optString(o: Obj, member: string): string | undefined {
  const v = o[member];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw wrongType(member, "a string");
  return v;
}

export function optBool(o: Obj, member: string): boolean | undefined {
  const v = o[member];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw wrongType(member, "a boolean");
  return v;
}

export function optInt(o: Obj, member: string): number | undefined {
  const v = o[member];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v)) throw wrongType(member, "an integer");
  return v;
}

export function optStrings(o: Obj, member: string): string[] | undefined {
  const v = o[member];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw wrongType(member, "a list of strings");
  return v as string[];
}

export function optObject(o: Obj, member: string): Obj | undefined {
  const v = o[member];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "object" || Array.isArray(v)) throw wrongType(member, "a structure");
  return v as Obj;
}

export function optTags(o: Obj, member = "tags"): RaTagInput[] | undefined {
  const v = o[member];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw wrongType(member, "a list of tags");
  return v.map((t: unknown) => {
    if (!t || typeof t !== "object" || Array.isArray(t)) throw wrongType(member, "a list of tags");
    const tag = t as Obj;
    return { key: optString(tag, "key") ?? "", value: optString(tag, "value") ?? "" };
  });
}

/** A query-string integer (pageSize): digits only. */
export function queryInt(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name);
  if (v === null) return undefined;
  if (!/^-?\d+$/.test(v)) throw new AwsError("SerializationException", `Cannot deserialize query parameter '${name}': expected an integer.`);
  return Number(v);
}

/** A blob member: base64 in the JSON body, as the REST-JSON protocol carries one. */
export function optBlob(o: Obj, member: string): Buffer | undefined {
  const v = optString(o, member);
  if (v === undefined) return undefined;
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(v)) throw wrongType(member, "base64-encoded binary data");
  return Buffer.from(v, "base64");
}

/** A list of structures (notificationSettings, mappingRules): each an object. */
export function optObjects(o: Obj, member: string): Obj[] | undefined {
  const v = o[member];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => !x || typeof x !== "object" || Array.isArray(x))) throw wrongType(member, "a list of structures");
  return v as Obj[];
}
