// STUB: replaced by the team screens.
export function AssessmentPage() {
  return <div>考核</div>;
}
