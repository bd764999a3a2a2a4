interface SubmitButtonProps {
  isPending: boolean;
  label: string;
  pendingLabel: string;
}

/** The submit button; while the action runs it says so and refuses a second press. */
export function SubmitButton({ isPending, label, pendingLabel }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      aria-disabled={isPending || undefined}
      onClick={(event) => {
        if (isPending) event.preventDefault();
      }}
      className="rounded bg-accent px-4 py-2 font-medium text-white aria-disabled:opacity-70"
    >
      {isPending ? pendingLabel : label}
    </button>
  );
}
