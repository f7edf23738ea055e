// STUB: replaced by the party screens.
export function MembersPage() {
  return <div>党员名册</div>;
}
