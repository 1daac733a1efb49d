import { useEffect, useRef, useState } from 'react';
import { plainError } from '../../../shared/model/plainIssues';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Modal } from '../../components/Modal';
import type { PickedFile } from './addEvidence';

/** "photo-2026-12-01-1405.jpg": a camera shot's name, from when it was taken. */
export function shotName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `photo-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}.jpg`;
}

const NO_CAMERA =
  'The camera could not be started: check that the laptop has one and that no other program is using it.';

/**
 * Takes a photo with the laptop's camera. The camera (video only, never the microphone)
 * is asked for when this opens, that is when the assessor clicks "Take photo", and its
 * track is stopped when it closes. Preview, capture, retake, use.
 */
export function CameraCapture({ onClose, onUse }: { onClose: () => void; onUse: (shot: PickedFile) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string>();
  const [shot, setShot] = useState<{ blob: Blob; url: string; name: string }>();
  const [live, setLive] = useState(false);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let gone = false;
    // Without a camera API at all, the same sentence as a camera that would not start.
    const devices = navigator.mediaDevices as MediaDevices | undefined;
    (devices ? devices.getUserMedia.bind(devices) : () => Promise.reject(new Error(NO_CAMERA)))({
      video: { width: { ideal: 1920 }, height: { ideal: 1080 } },
      audio: false,
    })
      .then((s) => {
        stream = s;
        if (gone) return s.getTracks().forEach((t) => t.stop());
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().then(() => !gone && setLive(true));
        }
      })
      .catch((e: unknown) =>
        setError(
          e instanceof DOMException && e.name === 'NotAllowedError'
            ? 'The camera was not allowed, so no photo can be taken; you can still add a photo file.'
            : plainError(e, NO_CAMERA),
        ),
      );
    return () => {
      gone = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  useEffect(() => () => shot && URL.revokeObjectURL(shot.url), [shot]);

  function capture() {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob(
      (blob) => (blob ? setShot({ blob, url: URL.createObjectURL(blob), name: shotName() }) : setError(NO_CAMERA)),
      'image/jpeg',
      0.92,
    );
  }

  function use() {
    if (!shot) return;
    const { blob, name } = shot;
    onUse({ name, size: blob.size, arrayBuffer: () => blob.arrayBuffer() });
    onClose();
  }

  const footer = shot ? (
    <>
      <button type="button" className="button" onClick={() => setShot(undefined)}>
        Retake
      </button>
      <button type="button" className="button button-primary" onClick={use}>
        Use photo
      </button>
    </>
  ) : (
    <button type="button" className="button button-primary" disabled={!live} onClick={capture}>
      Capture
    </button>
  );
  return (
    <Modal title="Take photo" open onClose={onClose} footer={error ? undefined : footer}>
      <ErrorMessage message={error} />
      <video
        ref={video}
        className="evidence-camera"
        muted
        playsInline
        hidden={!!shot || !!error}
        aria-label="Camera preview"
      />
      {shot ? <img className="evidence-camera" src={shot.url} alt="The photo just taken" /> : null}
    </Modal>
  );
}
