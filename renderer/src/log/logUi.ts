import { create } from "zustand";
import type { LogEntry } from "../../../shared/live/liveState";
import { type LogFilter, NO_LOG_FILTER } from "./logFilter";

export const LOG_TABS = ["log", "report"] as const;
export type LogTab = (typeof LOG_TABS)[number];

interface LogUi {
  tab: LogTab;
  filter: LogFilter;
  /** The entry a new one is about to correct; the form starts from it. */
  correcting: LogEntry | null;
  setTab: (tab: LogTab) => void;
  setFilter: (change: Partial<LogFilter>) => void;
  correct: (entry: LogEntry | null) => void;
}

export const useLogUi = create<LogUi>()((set) => ({
  tab: "log",
  filter: NO_LOG_FILTER,
  correcting: null,
  setTab: (tab) => set({ tab }),
  setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
  correct: (correcting) => set({ correcting }),
}));
