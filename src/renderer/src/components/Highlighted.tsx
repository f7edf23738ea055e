// Text with the part a search matched marked: a substring, or single characters (a pinyin match picks characters).
import { Fragment } from 'react';
import './highlighted.css';

/** The indices of `search` inside `text`, case-insensitive, or none. */
export function substringIndices(text: string, search: string): number[] {
  const needle = search.trim().toLowerCase();
  const at = needle ? text.toLowerCase().indexOf(needle) : -1;
  return at < 0 ? [] : Array.from({ length: needle.length }, (_, i) => at + i);
}

export function Highlighted({ text, indices }: { text: string; indices: readonly number[] }) {
  if (indices.length === 0) return <>{text}</>;
  const marked = new Set(indices);
  // Runs of marked and unmarked characters, so a marked substring is one <mark>.
  const runs: { text: string; marked: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && last.marked === marked.has(i)) last.text += text[i];
    else runs.push({ text: text[i] ?? '', marked: marked.has(i) });
  }
  return (
    <>
      {runs.map((run, i) =>
        run.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs never reorder; their position is their identity.
          <mark key={i} className="search-match">
            {run.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}
