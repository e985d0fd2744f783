// Where a dated value comes from and how sure it is: the two fields every administrator's form of dated data asks.
import { NativeSelect, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { certainties } from '../../../shared/api/subsidy-programmes';
import type { Certainty } from '../../../shared/subsidy/programmes';

type SourceFieldsProps = {
  source: string;
  certainty: Certainty;
  onChange: (change: { source?: string; certainty?: Certainty }) => void;
  sourceError?: string | undefined;
};

export function SourceFields({ source, certainty, onChange, sourceError }: SourceFieldsProps) {
  const { t } = useTranslation('programmes');
  return (
    <>
      <Textarea
        label={t('rules.columns.source')}
        withAsterisk
        autosize
        minRows={2}
        value={source}
        onChange={(event) => onChange({ source: event.currentTarget.value })}
        error={sourceError}
      />
      <NativeSelect
        label={t('rules.certainty')}
        data={certainties.map((c) => ({ value: c, label: t(`certainty.${c}`) }))}
        value={certainty}
        onChange={(event) => onChange({ certainty: event.currentTarget.value as Certainty })}
        maw={280}
      />
    </>
  );
}
