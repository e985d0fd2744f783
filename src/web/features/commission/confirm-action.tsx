// An irreversible act of the commission behind a second step: the button opens a panel saying what will happen,
// with a reason to give when the act needs one, and a confirming button.
import { Button, type ButtonProps, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wrappingButton } from './commission-labels';

type ConfirmActionProps = {
  /** The button that starts the act. */
  label: string;
  /** What will happen, said before it happens. */
  consequence: string;
  confirmLabel: string;
  /** A reason the act records (required), or an optional one. */
  reason?: { label: string; required: boolean };
  /** More to choose before confirming (a target session). */
  children?: ReactNode;
  /** False while what the children ask for is missing. */
  ready?: boolean;
  pending: boolean;
  onConfirm(reason: string): void;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  action: string;
};

export function ConfirmAction({
  label,
  consequence,
  confirmLabel,
  reason,
  children,
  ready = true,
  pending,
  onConfirm,
  color,
  variant = 'filled',
  action,
}: ConfirmActionProps) {
  const { t } = useTranslation('commission');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const consequenceId = useId();

  if (!open) {
    return (
      <Group>
        <Button
          styles={wrappingButton}
          color={color}
          variant={variant}
          onClick={() => setOpen(true)}
          data-action={action}
        >
          {label}
        </Button>
      </Group>
    );
  }

  const confirm = () => {
    if (reason?.required && !text.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(text.trim());
  };

  return (
    <Paper withBorder p="sm" radius="sm" data-confirm={action}>
      <Stack gap="xs">
        <Text size="sm" id={consequenceId}>
          {consequence}
        </Text>
        {children}
        {reason && (
          <Textarea
            label={reason.label}
            required={reason.required}
            autosize
            minRows={2}
            maxLength={2000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={missing && !text.trim() ? t('confirm.required') : undefined}
            data-confirm-reason
          />
        )}
        <Group gap="sm">
          <Button
            styles={wrappingButton}
            color={color}
            loading={pending}
            disabled={!ready}
            onClick={confirm}
            aria-describedby={consequenceId}
            data-confirm-action={action}
          >
            {confirmLabel}
          </Button>
          <Button variant="subtle" onClick={() => setOpen(false)} disabled={pending}>
            {t('confirm.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
