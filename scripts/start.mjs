// `npm start`: the desktop app where Electron's binary exists; otherwise the same console served
// headless by the hub, with its URL printed. Extra arguments go to the hub (`npm start -- --port 0`).
import { spawn } from "node:child_process";
import { electronBinary } from "./electronBinary.mjs";

const extra = process.argv.slice(2);
const binary = electronBinary();
const [command, args] = binary
  ? [binary, [".", "--demo", ...extra]]
  : [process.execPath, ["bin/venue-ops.mjs", "hub", "--demo", ...extra]];
if (!binary) {
  console.log(
    "Electron's binary is not installed on this machine: serving the console headless instead; open the URL below.",
  );
}
const child = spawn(command, args, { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
