// STUB: replaced by the party screens.
export function BranchesPage() {
  return <div>党支部</div>;
}
