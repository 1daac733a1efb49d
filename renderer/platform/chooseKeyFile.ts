import { fromUtf8 } from '../../shared/crypto/bytes';
import { platform } from './api';

/** A key file (.capub or .cakey) chosen in the platform's open dialog: its name and text, or undefined when cancelled. Throws the dialog's own plain message. */
export async function chooseKeyFile(
  title: string,
  kind: string,
  extension: string,
): Promise<{ name: string; text: string } | undefined> {
  const result = await platform.openFile({
    title,
    filters: [{ name: kind, extensions: [extension] }],
    maxBytes: 16 * 1024,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.canceled ? undefined : { name: result.value.name, text: fromUtf8(result.value.bytes) };
}
