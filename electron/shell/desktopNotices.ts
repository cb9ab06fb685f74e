import type { AlertSubjectRef, DesktopNotice } from "./bridgeContract";

/**
 * A notice from the bridge, checked (a page could send anything) and trimmed to what a notification shows.
 * Pure; the main process turns it into Electron's Notification.
 */
export function parseNotice(value: unknown): DesktopNotice | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.title !== "string" || typeof v.body !== "string" || typeof v.tag !== "string") return null;
  if (v.tag.length === 0 || v.tag.length > 200) return null;
  return {
    title: v.title.slice(0, 120),
    body: v.body.slice(0, 500),
    tag: v.tag,
    subject: parseSubject(v.subject),
  };
}

const SUBJECT_TYPES: ReadonlySet<string> = new Set(["room", "session", "booth", "device", "speaker"]);

export function parseSubject(value: unknown): AlertSubjectRef | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.type !== "string" || !SUBJECT_TYPES.has(v.type)) return null;
  if (typeof v.id !== "string" || v.id.length === 0 || v.id.length > 200) return null;
  return { type: v.type as AlertSubjectRef["type"], id: v.id };
}

/** Keeps one notification per tag: a repeat replaces (closes) the earlier one, as browsers do with `tag`. */
export class NoticeBoard<N extends { close(): void }> {
  private readonly shown = new Map<string, N>();

  show(tag: string, notice: N): void {
    this.shown.get(tag)?.close();
    this.shown.set(tag, notice);
  }

  forget(tag: string, notice: N): void {
    if (this.shown.get(tag) === notice) this.shown.delete(tag);
  }

  get size(): number {
    return this.shown.size;
  }
}
