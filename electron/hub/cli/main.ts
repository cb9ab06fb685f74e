import { packageVersion } from "../paths";
import { deviceSchemaCommand } from "./deviceSchemaCommand";
import { deviceTokenCommand } from "./deviceTokenCommand";
import { exportCommand } from "./exportCommand";
import { hubCommand } from "./hubCommand";
import { importCommand } from "./importCommand";
import { simulateCommand } from "./simulateCommand";
import { USAGE, UsageError } from "./usage";
import { validateCommand } from "./validateCommand";

/** Entry point of the `venue-ops` command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "hub":
        return await hubCommand(rest);
      case "validate":
        return validateCommand(rest);
      case "device-token":
        return deviceTokenCommand(rest);
      case "simulate":
        return await simulateCommand(rest);
      case "device-schema":
        return deviceSchemaCommand();
      case "import":
        return importCommand(rest);
      case "export":
        return exportCommand(rest);
      case "--version":
        console.log(packageVersion());
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const usage =
      error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS");
    if (!usage) throw error;
    console.error(`venue-ops: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
