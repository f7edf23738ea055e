// STUB: replaced by the party screens.
export function DuesPage() {
  return <div>党费</div>;
}
