// How big an import may be: the transports refuse larger files before reading them, the screen before sending.

/** The largest upload: a 200,000-row register is about 20 MiB as .xlsx. */
export const maxUploadBytes = 50 * 1024 * 1024;

/** Beyond this many rows a file is refused before anything is checked (the bench imports 100,000). */
export const maxImportRows = 200_000;
