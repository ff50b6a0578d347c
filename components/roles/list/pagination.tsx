// The role wizard's policy table still imports the pagination from here.
export { Pagination } from "@/components/ui/pagination";
