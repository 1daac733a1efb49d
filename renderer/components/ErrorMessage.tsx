/** An error for the user, announced by screen readers; renders nothing without a message. */
export function ErrorMessage({ message }: { message: string | undefined }) {
  return message ? (
    <p role="alert" className="error">
      {message}
    </p>
  ) : null;
}
