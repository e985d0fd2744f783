// Passed and failed marks for the check's conditions; decorative, the words beside them say the same.
import { LineIcon } from '../../ui/icons';

export function PassedIcon({ size = 20 }: { size?: number }) {
  return (
    <LineIcon size={size} strokeWidth={2.5}>
      <circle cx="12" cy="12" r="10" />
      <path d="m7.5 12.5 3 3 6-6.5" />
    </LineIcon>
  );
}

export function FailedIcon({ size = 20 }: { size?: number }) {
  return (
    <LineIcon size={size} strokeWidth={2.5}>
      <circle cx="12" cy="12" r="10" />
      <path d="m8.5 8.5 7 7m0-7-7 7" />
    </LineIcon>
  );
}
