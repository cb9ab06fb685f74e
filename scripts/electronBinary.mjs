// Where Electron's binary is, or null when `npm install` could not download it (as on machines
// without access to Electron's download host).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Why the desktop tests are skipped where electronBinary() finds nothing. */
export const NO_ELECTRON_BINARY =
  "Electron's binary is not installed on this machine (node_modules/electron has no dist/)";

export function electronBinary(root = ".") {
  const dir = join(root, "node_modules", "electron");
  const pathFile = join(dir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, "dist", readFileSync(pathFile, "utf8").trim());
  return existsSync(binary) ? binary : null;
}
