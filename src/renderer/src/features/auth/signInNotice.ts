// A message for the next sign-in screen, left by whatever ends the session on purpose (a restore from a backup), so
// the user reads why they are signing in again instead of "session expired".
let pending: string | null = null;

export function leaveSignInNotice(text: string): void {
  pending = text;
}

/** The message left, once: the sign-in screen after it shows none. */
export function takeSignInNotice(): string | null {
  const text = pending;
  pending = null;
  return text;
}
