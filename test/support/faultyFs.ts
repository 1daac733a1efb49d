import * as fsp from 'node:fs/promises';
import type { AtomicWriteFs } from '../../electron/ipc/atomicWrite';

/** The real file system, except that writes fail with ENOSPC after `allowBytes` bytes. */
export function diskFullAfter(allowBytes: number): AtomicWriteFs {
  return {
    ...fsp,
    open: (async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      let written = 0;
      const realWrite = handle.write.bind(handle) as (
        b: Uint8Array,
        o: number,
        l: number,
      ) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, {
        write: async (buffer: Uint8Array, offset: number, length: number) => {
          const room = allowBytes - written;
          if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          const result = await realWrite(buffer, offset, Math.min(length, room));
          written += result.bytesWritten;
          return result;
        },
      });
    }) as typeof fsp.open,
  };
}
