// STUB: replaced by the team screens.
export function PatrolsPage() {
  return <div>巡逻</div>;
}
