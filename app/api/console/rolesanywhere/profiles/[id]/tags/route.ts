// GET / PUT: a profile's Tags section (ListTagsForResource; UntagResource + TagResource).
import { tagRoutes } from "../../../shared";

const routes = tagRoutes("profile");
export const GET = routes.GET;
export const PUT = routes.PUT;
