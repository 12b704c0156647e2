/** A form's error, announced to screen readers; renders nothing without one. */
export function FormError({ id, error }: { id?: string; error: string | null }) {
  if (!error) return null;
  return (
    <p className="form-error" id={id} role="alert">
      {error}
    </p>
  );
}
