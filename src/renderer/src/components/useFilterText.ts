// A text filter typed freely and applied once typing settles, so a list does not ask the server for every letter.
import { useEffect, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/** The box's text and its setter; `apply` gets the trimmed text (undefined when empty) 300 ms after typing stops. */
export function useFilterText(applied: string | undefined, apply: (text: string | undefined) => void) {
  const [text, setText] = useState(applied ?? '');
  const settled = useDebouncedValue(text.trim(), 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the settled text should move the filter.
  useEffect(() => {
    if (settled !== (applied ?? '')) apply(settled || undefined);
  }, [settled]);
  return [text, setText] as const;
}
