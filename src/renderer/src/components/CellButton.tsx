// A table cell's text that opens its row's details: reads as the text, reached by Tab and opened by Enter, so a list
// that opens rows on click is usable from the keyboard too.
import type { ReactNode } from 'react';
import './cellButton.css';

export function CellButton({ children, onOpen }: { children: ReactNode; onOpen: () => void }) {
  return (
    <button
      type="button"
      className="cell-button"
      onClick={(event) => {
        // The row's own click opens the same details: once is enough.
        event.stopPropagation();
        onOpen();
      }}
    >
      {children}
    </button>
  );
}
