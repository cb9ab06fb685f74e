import { create } from "zustand";

export const INTERPRETATION_TABS = ["board", "roster", "ledger"] as const;
export type InterpretationTab = (typeof INTERPRETATION_TABS)[number];

interface InterpretationState {
  tab: InterpretationTab;
  /** The board also shows the booths of the shown day's other sessions, not only those working now. */
  wholeDay: boolean;
  /** The working-time ledger lists every day instead of the shown one. */
  ledgerAllDays: boolean;
  /** The last refused command from the board, shown as the hub worded it. */
  failure: string | null;
  setTab: (tab: InterpretationTab) => void;
  setWholeDay: (wholeDay: boolean) => void;
  setLedgerAllDays: (all: boolean) => void;
  setFailure: (failure: string | null) => void;
}

export const useInterpretation = create<InterpretationState>()((set) => ({
  tab: "board",
  wholeDay: false,
  ledgerAllDays: false,
  failure: null,
  setTab: (tab) => set({ tab, failure: null }),
  setWholeDay: (wholeDay) => set({ wholeDay }),
  setLedgerAllDays: (ledgerAllDays) => set({ ledgerAllDays }),
  setFailure: (failure) => set({ failure }),
}));
