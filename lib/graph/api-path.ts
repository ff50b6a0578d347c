// The access graph console API (app/api/console/access-graph), shared by the page (its preload) and the view.
export const ACCESS_GRAPH_API = "/api/console/access-graph";
