// Keyset paging: a list query fetches one row more than its limit, so it knows whether a next page exists.

/** The rows to show and the cursor of the next page (the last row's key), or null on the last page. */
export function keysetPage<T>(rows: T[], limit: number, keyOf: (row: T) => number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last !== undefined ? keyOf(last) : null };
}
