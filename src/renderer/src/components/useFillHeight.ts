// The height that lets an element reach the bottom of the window, for a virtual table that scrolls inside itself.
import { useLayoutEffect, useRef, useState } from 'react';

/** `reserve` is what must stay visible below the element (a footer, the page's padding). */
export function useFillHeight<T extends HTMLElement>(reserve: number, min = 280) {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const measure = () => {
      const top = (ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [reserve, min]);
  return [ref, height] as const;
}
