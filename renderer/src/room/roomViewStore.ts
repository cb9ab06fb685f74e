import { create } from "zustand";

export const ROOM_STORAGE_KEY = "venue-ops.room";

export type ReasonKind = "hold" | "cancel";

function rememberedRoom(): string | null {
  try {
    return localStorage.getItem(ROOM_STORAGE_KEY);
  } catch {
    return null;
  }
}

interface RoomViewState {
  /** The stage manager's room; remembered on this machine. */
  roomId: string | null;
  /** The session shown in the controls and run of show; null follows the room's current session. */
  sessionId: string | null;
  /** The hold or cancel reason dialog, when open. */
  reasonPrompt: { kind: ReasonKind; sessionId: string } | null;
  /** The last refused command, shown as the hub worded it. */
  failure: string | null;
  setRoom: (roomId: string) => void;
  selectSession: (sessionId: string | null) => void;
  askReason: (prompt: { kind: ReasonKind; sessionId: string } | null) => void;
  setFailure: (failure: string | null) => void;
}

export const useRoomView = create<RoomViewState>()((set) => ({
  roomId: rememberedRoom(),
  sessionId: null,
  reasonPrompt: null,
  failure: null,
  setRoom: (roomId) => {
    try {
      localStorage.setItem(ROOM_STORAGE_KEY, roomId);
    } catch {
      // Not remembered, but still chosen for this session.
    }
    set({ roomId, sessionId: null, failure: null });
  },
  selectSession: (sessionId) => set({ sessionId, failure: null }),
  askReason: (reasonPrompt) => set({ reasonPrompt }),
  setFailure: (failure) => set({ failure }),
}));
