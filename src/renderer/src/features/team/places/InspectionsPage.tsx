// STUB: replaced by the team screens.
export function InspectionsPage() {
  return <div>场所巡查</div>;
}
