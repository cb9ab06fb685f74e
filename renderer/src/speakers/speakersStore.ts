import { create } from "zustand";
import type { ReadinessItem } from "../../../shared/model/readiness";

/** A received item (slides, video) waiting for the operator to name its version. */
export interface VersionPrompt {
  sessionId: string;
  speakerId: string;
  item: ReadinessItem;
}

interface SpeakersState {
  /** Search words: name in either script, city, organisation or session. */
  query: string;
  /** Only speakers still to get ready, in sessions still to start. */
  notReadyOnly: boolean;
  versionPrompt: VersionPrompt | null;
  /** The last refused command, shown as the hub worded it. */
  failure: string | null;
  setQuery: (query: string) => void;
  setNotReadyOnly: (notReadyOnly: boolean) => void;
  askVersion: (prompt: VersionPrompt | null) => void;
  setFailure: (failure: string | null) => void;
}

export const useSpeakers = create<SpeakersState>()((set) => ({
  query: "",
  notReadyOnly: false,
  versionPrompt: null,
  failure: null,
  setQuery: (query) => set({ query }),
  setNotReadyOnly: (notReadyOnly) => set({ notReadyOnly }),
  askVersion: (versionPrompt) => set({ versionPrompt }),
  setFailure: (failure) => set({ failure }),
}));
