// electron-builder afterPack hook: flips Electron's fuses in the packaged binary (before signing), so a
// shipped console cannot be turned into a general Node runtime or made to load code from outside its asar.
import { join } from "node:path";
import { FuseV1Options, FuseVersion, flipFuses } from "@electron/fuses";

/** The fuses of every packaged build (names as in @electron/fuses). */
export const FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
};

function executable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === "win32") return join(appOutDir, `${name}.exe`);
  if (electronPlatformName === "darwin") return join(appOutDir, `${name}.app`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const fuses = Object.fromEntries(Object.entries(FUSES).map(([name, on]) => [FuseV1Options[name], on]));
  await flipFuses(executable(context), {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === "darwin",
    ...fuses,
  });
  console.log(
    `afterPack: fuses set (${Object.entries(FUSES)
      .map(([k, v]) => `${k}=${v ? "on" : "off"}`)
      .join(", ")})`,
  );
}
