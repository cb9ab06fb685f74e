export const NO_ELECTRON_BINARY: string;
export function electronBinary(root?: string): string | null;
