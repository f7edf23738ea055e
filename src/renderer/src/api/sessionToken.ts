// The session token of this window: kept in sessionStorage so a reload stays signed in but closing the window signs out.

const key = 'griddesk.session';

export function readSessionToken(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function saveSessionToken(token: string): void {
  sessionStorage.setItem(key, token);
}

export function dropSessionToken(): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to drop.
  }
}
