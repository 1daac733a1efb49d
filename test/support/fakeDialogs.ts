import type { FileDialogs } from '../../electron/ipc/fileHandlers';

/**
 * Stands in for the native dialogs, the one thing that needs a person: answers with
 * the given path (or cancels), and records what the handler asked for.
 */
export function scriptedDialogs(answers: { open?: string; save?: string }): FileDialogs & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    async chooseFileToOpen(options) {
      asked.push({ kind: 'open', ...options });
      return answers.open;
    },
    async chooseFileToSave(options) {
      asked.push({ kind: 'save', ...options });
      return answers.save;
    },
  };
}
