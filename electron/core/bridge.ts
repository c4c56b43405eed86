// What the preload (Electron) or the HTTP bridge (browser host) exposes to the renderer as window.vetter.
import type { DataChange } from './data-areas';
import type { Envelope } from './errors';
import type { Progress } from './jobs/model';
import type { FileRef } from './schemas';
import type { TeamWorkspaceFields, WorkspaceChoiceState } from './workspace/team-address';

export interface VetterBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onProgress(listener: (p: Progress) => void): () => void;
  /** Data changed (a write of this window, another, or the core's own): reload what is shown of those areas. */
  onChanged(listener: (change: DataChange) => void): () => void;
  /** Native open dialog (Electron) or a file input (browser); the file stays on the host side. */
  openFile(options: { title: string; extensions: string[] }): Promise<FileRef | null>;
  /** The same, several files at once (OFAC's list comes as a set of CSV files); empty when cancelled. */
  openFiles(options: { title: string; extensions: string[] }): Promise<FileRef[]>;
  /** Native save dialog (Electron) or a download (browser). */
  saveFile(options: { fileName: string; mimeType: string; base64: string }): Promise<{ saved: boolean }>;
  /**
   * Opens a stored evidence file through the operating system after the user confirms (Electron: a native
   * dialog naming the file, then the program the system uses for it; browser: confirm(), then a download).
   * `opened` is false when the user said no.
   */
  openEvidence(evidenceId: string): Promise<{ opened: boolean }>;
  /** Opens a kept report's PDF in the system's PDF viewer (Electron) or in a new browser tab (browser host). */
  openReport(reportId: string): Promise<void>;
  /** Which workspace the host opens, and switching it (Settings → Workspace): the host's, not a core method. */
  workspace: {
    state(): Promise<WorkspaceChoiceState>;
    /** The password is for this connection only: the host never keeps it. */
    connect(fields: TeamWorkspaceFields, password: string): Promise<Envelope<WorkspaceChoiceState>>;
    useFolder(): Promise<Envelope<WorkspaceChoiceState>>;
    /**
     * The full path of a file the user picks (a certificate), to be kept as a path; null when cancelled. Only where
     * the picker gives paths (WorkspaceChoiceState.picksPaths: the desktop app); a browser's does not.
     */
    pickPath(options: { title: string; extensions: string[] }): Promise<string | null>;
  };
}
