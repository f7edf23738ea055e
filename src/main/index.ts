// placeholder until the Electron entry lands
export {};
