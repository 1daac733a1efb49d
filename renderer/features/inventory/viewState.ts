/** A use case's current view (its state and the error to show), told to `onChange` on every change. */
export interface View<S> {
  state: S;
  error?: string;
}

export function viewState<S>(initial: S, onChange: (view: View<S>) => void) {
  let view: View<S> = { state: initial };
  return {
    get current(): View<S> {
      return view;
    },
    show(state: S, error?: string): View<S> {
      view = error === undefined ? { state } : { state, error };
      onChange(view);
      return view;
    },
  };
}
