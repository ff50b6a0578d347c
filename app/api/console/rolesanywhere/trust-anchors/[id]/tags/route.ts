// GET / PUT: a trust anchor's Tags section (ListTagsForResource; UntagResource + TagResource).
import { tagRoutes } from "../../../shared";

const routes = tagRoutes("trust-anchor");
export const GET = routes.GET;
export const PUT = routes.PUT;
