// POST { actorId }: run one of the lab's scripted actors (a vendor, an attacker, an instance) through
// the real IAM/STS path; its calls are logged as lab-actor/<id>, and its result shows in the panel.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { currentLab, knownActor, labs, ZActorId } from "@/lib/api/lab-routes";

export const POST = withConsoleApi({
  action: "console:RunLabActor",
  body: ZActorId,
  resource: ({ body }) => `lab actor ${body.actorId}`,
  handler: async ({ caller, body }) => {
    const { seat, view } = await currentLab(caller);
    knownActor(view, body.actorId);
    return { lab: await labs().runActor(seat, body.actorId) };
  },
});
