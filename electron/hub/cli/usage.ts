/** A mistake in how the command was called: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: venue-ops <command> [options]

Commands:
  hub [--event FILE] [--data-dir DIR] [--host H] [--port P] [--clock wall|ISO-8601] [--speed N] [--demo]
      [--device-heartbeat-ms N] [--no-simulator]
      Run the headless hub. Defaults: the bundled event, 127.0.0.1, port 4180, the wall clock.
      --port 0 takes a free port. --demo: the bundled event on a rehearsal clock from day 1, 08:45,
      with rooms following the schedule and every device simulated (--no-simulator: without devices).
      Prints "Venue Ops hub ready at URL" when it is ready.
  validate FILE
      Check an event file; print every problem with its path; exit 1 when there are errors.
  device-token DEVICE_ID [--data-dir DIR] [--demo] [--revoke]
      Print a fresh token for a device and revoke its old one (--revoke: only revoke). Works while a hub
      runs on the same data dir; the hub honours the change at once. Unknown device: exit 2.
  simulate --hub URL [--data-dir DIR] [--demo] [--rate HZ] [--faults]
      Simulate every device of the hub's event through the real protocol (fresh tokens are issued in the
      hub's data dir). --faults adds drop-outs, bad frames and floods.
  device-schema
      Print the device protocol's JSON Schema (every frame, and each kind's state, events and commands).
  help, --help       Show this text.
  --version          Print the version.
`;
