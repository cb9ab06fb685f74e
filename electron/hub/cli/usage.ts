/** A mistake in how the command was called: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: venue-ops <command> [options]

Commands:
  hub [--event FILE] [--data-dir DIR] [--host H] [--port P] [--clock wall|ISO-8601] [--speed N] [--demo]
      [--device-heartbeat-ms N] [--no-simulator] [--access-code CODE]
      Run the headless hub. Defaults: the bundled event, 127.0.0.1, port 4180, the wall clock.
      --access-code (or VENUE_OPS_ACCESS_CODE): consoles and API clients must present it; required with
      a --host other than loopback.
      --port 0 takes a free port. --demo: the bundled event on a rehearsal clock from day 1, 08:45,
      with rooms following the schedule and every device simulated (--no-simulator: without devices).
      Prints "Venue Ops hub ready at URL" when it is ready.
      [--journal nats://HOST:PORT[,HOST:PORT...]] [--site NAME] [--hub-id NAME] [--replicas 1|3|5]
      [--advertise http://THIS-PC:PORT] [--lease-ttl-ms N] [--remote-site NAME[,NAME...]]
      --journal: keep the journal on a replicated NATS JetStream stream instead of the data dir's SQLite
      file. Every hub started on the same stream and --site (default "main") is a hot standby; one is
      primary by a lease, and a standby takes over within seconds when the primary stops.
      --remote-site: another site (its NATS server a leaf node with the JetStream domain NAME, its hubs
      started with --site NAME) whose rooms, devices and alerts this site's consoles show. See
      docs/DEPLOYMENT.md.
  validate FILE
      Check an event file; print every problem with its path; exit 1 when there are errors.
  device-token DEVICE_ID [--data-dir DIR] [--demo] [--revoke]
      Print a fresh token for a device and revoke its old one (--revoke: only revoke). Works while a hub
      runs on the same data dir; the hub honours the change at once. Unknown device: exit 2.
  simulate --hub URL[,URL...] [--data-dir DIR] [--demo] [--rate HZ] [--faults]
      Simulate every device of the hub's event through the real protocol (fresh tokens are issued in the
      hub's data dir, or through the hub's API when its journal is on NATS). With several URLs (a
      primary and its standbys), devices move to whichever is primary. --faults adds drop-outs, bad
      frames and floods.
  device-schema
      Print the device protocol's JSON Schema (every frame, and each kind's state, events and commands).
  import frab-json|frab-xml|csv FILE [--into EVENT] [--out FILE] [--dry-run]
      Import a frab/pretalx schedule.json or schedule.xml, or CSV (FILE: a folder with rooms.csv,
      sessions.csv, speakers.csv, interpreters.csv and event.csv, or one of them with --into). Prints a
      report of every problem with its file, line or path and a hint; on errors exits 1 and writes
      nothing. --into merges by id into EVENT (kept: floors, booths, devices, cues, assignments).
      Writes the event to --out, else to stdout (the report then goes to stderr). See docs/schedules.md.
  export event|ical|csv [--event FILE] [--room ID] [--out FILE]
      Export the event (default: the bundled one) as its event file, as iCalendar with the venue's time
      zone, or as the CSV files the import reads (--out FOLDER/: all of them; else sessions.csv).
      --room: one room's sessions (ical, csv). Writes to --out, else to stdout.
  help, --help       Show this text.
  --version          Print the version.
`;
