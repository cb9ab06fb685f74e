import { create } from "zustand";

interface ProgrammeUi {
  /** The Programme dialog: import a schedule with its preview, and the recent live edits. */
  importOpen: boolean;
  /** The session whose edit dialog is open, if any. */
  editSessionId: string | null;
  openImport: (open: boolean) => void;
  editSession: (sessionId: string | null) => void;
}

export const useProgrammeUi = create<ProgrammeUi>()((set) => ({
  importOpen: false,
  editSessionId: null,
  openImport: (importOpen) => set({ importOpen }),
  editSession: (editSessionId) => set({ editSessionId }),
}));
