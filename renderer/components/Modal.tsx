import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';

/**
 * A modal dialog on the platform's own <dialog>: focus moves in and is trapped, the
 * page behind is inert, Escape closes it, and focus returns where it was.
 */
export function Modal({
  title,
  open,
  onClose,
  children,
  footer,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // A dialog opened inside this one (a photo shown full size) closing is not this one closing: React passes its event up.
  const own = (event: SyntheticEvent) => event.target === event.currentTarget && onClose();
  return (
    <dialog ref={ref} className="modal" aria-label={title} onClose={own} onCancel={own}>
      <div className="modal-header">
        <h2>{title}</h2>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="modal-body">{open ? children : null}</div>
      {footer ? <div className="modal-footer">{footer}</div> : null}
    </dialog>
  );
}
