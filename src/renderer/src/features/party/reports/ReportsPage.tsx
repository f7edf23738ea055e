// STUB: replaced by the party screens.
export function ReportsPage() {
  return <div>组织生活月报</div>;
}
