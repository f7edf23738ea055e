// The main window's size: laid out for a 1366×768 desk screen, never taller or wider than the screen's work area.

/** The smallest desk screen GridDesk is laid out for (1366×768); the window never asks for more than it. */
export const designSize = { width: 1366, height: 768 } as const;
export const minimumSize = { width: 1024, height: 640 } as const;

export interface WorkArea {
  width: number;
  height: number;
}

export interface WindowSize {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/**
 * `workArea` is the screen's space without its taskbar: on a 1366×768 screen the window shrinks to fit it rather
 * than hiding its bottom edge under the taskbar.
 */
export function windowSize(workArea?: WorkArea): WindowSize {
  return {
    width: workArea ? Math.min(designSize.width, workArea.width) : designSize.width,
    height: workArea ? Math.min(designSize.height, workArea.height) : designSize.height,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
  };
}
