import type { EventFile } from "../../model/eventFile";

/** The event file as written to disk: two-space JSON with a final newline, as the bundled event. */
export const eventFileJson = (event: EventFile) => `${JSON.stringify(event, null, 2)}\n`;
