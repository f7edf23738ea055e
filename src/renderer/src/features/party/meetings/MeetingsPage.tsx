// STUB: replaced by the party screens.
export function MeetingsPage() {
  return <div>组织生活</div>;
}
