// Which links GridDesk hands to the system browser: plain https addresses only, nothing that runs or reads locally.

const maxExternalUrlLength = 2048;

/**
 * True for a URL the system browser may open: https, with a host, without credentials in it.
 * Everything else (file:, javascript:, custom schemes that launch other programs, http) is refused,
 * because `shell.openExternal` hands the URL to whatever program the OS associates with its scheme.
 */
export function isVettedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > maxExternalUrlLength) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
