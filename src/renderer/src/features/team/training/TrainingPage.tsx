// STUB: replaced by the team screens.
export function TrainingPage() {
  return <div>业务培训</div>;
}
