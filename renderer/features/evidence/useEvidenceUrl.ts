import { useEffect, useState } from 'react';
import { isPhoto, type Evidence } from '../../../shared/model/evidence';
import { blobBytes } from '../../db/evidenceBlobs';
import { useSession } from '../../session/SessionContext';

/**
 * An object URL of a stored photo's bytes (decrypted from the blob store), for its
 * thumbnail and its full-size view; revoked when the photo or the page goes away, so
 * nothing decrypted outlives a lock. Undefined for files and while it loads.
 */
export function useEvidenceUrl(evidence: Evidence): { url: string | undefined; error: boolean } {
  const { state } = useSession();
  const vault = state.status === 'unlocked' ? state.vault : undefined;
  const [shown, setShown] = useState<{ sha256: string; url: string | undefined; error: boolean }>();
  const { sha256, mediaType } = evidence;
  useEffect(() => {
    if (!vault || !isPhoto(mediaType)) return;
    let url: string | undefined;
    let gone = false;
    blobBytes(vault, sha256).then(
      (bytes) => {
        if (gone) return;
        url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
        setShown({ sha256, url, error: false });
      },
      () => !gone && setShown({ sha256, url: undefined, error: true }),
    );
    return () => {
      gone = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [vault, sha256, mediaType]);
  return shown?.sha256 === sha256 ? shown : { url: undefined, error: false };
}
