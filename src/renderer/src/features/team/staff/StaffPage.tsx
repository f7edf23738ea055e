// STUB: replaced by the team screens.
export function StaffPage() {
  return <div>队伍名册</div>;
}
