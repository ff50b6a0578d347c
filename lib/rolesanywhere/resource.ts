// The verbs trust anchors, profiles and CRLs answer alike: the authorized row (id checked, then the
// one authorization, then NotFound), List* (paged, oldest first), Get*, Delete* (the row and its tags
// in one transaction) and Enable*/Disable* (no write when already so). Each module keeps its own
// action names and detail shape; this holds the one way they reach the row.
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/lib/authz/caller";
import { authorizeAccountAction, authorizeRa } from "./authorized";
import { checkId, pageCursor, pageOut, raArn, type ListInput, type RaResourceType } from "./common";
import { serverNow } from "@/lib/server-now";

interface RaRow {
  id: string;
  arn: string;
  enabled: boolean;
}

/** The calls made on a Roles Anywhere model's delegate (db.raTrustAnchor, db.raProfile, db.raCrl). */
interface RaDelegate<Row> {
  findFirst(args: { where: { id: string; accountId: string } }): Promise<Row | null>;
  findMany(args: { where: { accountId: string }; orderBy: [{ createdAt: "asc" }, { id: "asc" }]; skip: number; take: number }): Promise<Row[]>;
  update(args: { where: { id: string }; data: { enabled: boolean; updatedAt: Date } }): Promise<Row>;
  delete(args: { where: { id: string } }): Prisma.PrismaPromise<Row>;
}

/** A List* answer: the page under the operation's member (trustAnchors, profiles, …) and its nextToken. */
export type RaList<Key extends string, Detail> = Record<Key, Detail[]> & { nextToken?: string };

export interface RaResourceSpec<Row, Detail, ListKey extends string> {
  /** The model's delegate, read at each call. */
  model: () => RaDelegate<Row>;
  /** The ARN's resource type, for the ARN decided when no row has the id. */
  type: RaResourceType;
  /** The id's member name in the model (trustAnchorId, profileId, crlId), for its validation text. */
  idField: string;
  /** The List* answer's member (trustAnchors, profiles, crls). */
  listKey: ListKey;
  toDetail: (row: Row) => Detail;
}

export function raResource<Row extends RaRow, Detail, ListKey extends string>(spec: RaResourceSpec<Row, Detail, ListKey>) {
  const { model, type, idField, listKey, toDetail } = spec;

  /** The row `id` names, once `action` on its ARN is allowed; NotFound only after that. */
  async function authorized(caller: Caller, action: string, id: string): Promise<Row> {
    checkId(idField, id);
    return authorizeRa(caller, action, raArn(caller.accountId, type, id), await model().findFirst({ where: { id, accountId: caller.accountId } }));
  }

  return {
    authorized,

    async list(caller: Caller, action: string, input: ListInput): Promise<RaList<ListKey, Detail>> {
      const cursor = pageCursor(input);
      await authorizeAccountAction(caller, action);
      const rows = await model().findMany({ where: { accountId: caller.accountId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: cursor.offset, take: cursor.size + 1 });
      const { items, nextToken } = pageOut(rows, cursor);
      return { [listKey]: items.map(toDetail), ...(nextToken ? { nextToken } : {}) } as RaList<ListKey, Detail>;
    },

    async get(caller: Caller, action: string, id: string): Promise<Detail> {
      return toDetail(await authorized(caller, action, id));
    },

    /** Deletes the row and its tags together; answers the detail as it was. */
    async remove(caller: Caller, action: string, id: string): Promise<Detail> {
      const row = await authorized(caller, action, id);
      await db.$transaction([db.raTag.deleteMany({ where: { resourceArn: row.arn } }), model().delete({ where: { id: row.id } })]);
      return toDetail(row);
    },

    async setEnabled(caller: Caller, action: string, id: string, enabled: boolean): Promise<Detail> {
      const row = await authorized(caller, action, id);
      if (row.enabled === enabled) return toDetail(row);
      return toDetail(await model().update({ where: { id: row.id }, data: { enabled, updatedAt: serverNow() } }));
    },
  };
}
