import { LabCatalog } from "@/components/labs/lab-catalog";

export default function LabsPage() {
  return <LabCatalog />;
}
