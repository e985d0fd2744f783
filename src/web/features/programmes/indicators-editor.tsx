// МРП and МЗП by year for the administrator: the table, and one form to correct a year or add the next one.
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certainties, type IndicatorsView } from '../../../shared/api/subsidy-programmes';
import { formatTenge } from '../../../shared/money';
import type { Certainty } from '../../../shared/subsidy/programmes';
import { fieldError } from '../../api';
import { ProblemAlert } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { CertaintyMark } from './certainty-mark';
import type { NumberField } from './programme-form-model';
import { useSetIndicators } from './programme-queries';

type Editing = { year: number | null; mrp: NumberField; mzp: NumberField; source: string; certainty: Certainty };

const indicatorFields = ['year', 'mrp', 'mzp', 'source', 'certainty'];

function IndicatorsForm({
  editing,
  isNewYear,
  onSaved,
  onCancel,
}: {
  editing: Editing;
  isNewYear: boolean;
  onSaved: (year: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('programmes');
  const setIndicators = useSetIndicators();
  const [values, setValues] = useState(editing);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const error = setIndicators.error;

  // Opening the form moves the reader to it, as a dialog would.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const title =
    isNewYear || values.year === null
      ? t('admin.indicators.formTitleNew')
      : t('admin.indicators.formTitleEdit', { year: values.year });

  return (
    <form
      noValidate
      data-form="indicators"
      onSubmit={(event) => {
        event.preventDefault();
        const year = Number(values.year);
        setIndicators.mutate(
          {
            year,
            input: {
              mrp: Number(values.mrp),
              mzp: Number(values.mzp),
              source: values.source,
              certainty: values.certainty,
            },
          },
          { onSuccess: () => onSaved(year) },
        );
      }}
    >
      <Fieldset
        legend={
          <Title order={3} size="h5" ref={headingRef} tabIndex={-1}>
            {title}
          </Title>
        }
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('admin.indicators.year')}
              required
              readOnly={!isNewYear}
              allowDecimal={false}
              allowNegative={false}
              value={values.year ?? ''}
              onChange={(year) => setValues((v) => ({ ...v, year: year === '' ? null : Number(year) }))}
              error={fieldError(error, 'year')}
            />
            <NumberInput
              label={t('admin.indicators.mrp')}
              required
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              value={values.mrp}
              onChange={(mrp) => setValues((v) => ({ ...v, mrp }))}
              error={fieldError(error, 'mrp')}
            />
            <NumberInput
              label={t('admin.indicators.mzp')}
              required
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              value={values.mzp}
              onChange={(mzp) => setValues((v) => ({ ...v, mzp }))}
              error={fieldError(error, 'mzp')}
            />
          </SimpleGrid>
          <Textarea
            label={t('admin.indicators.source')}
            description={t('admin.form.sourceHint')}
            required
            autosize
            minRows={2}
            value={values.source}
            onChange={(event) => {
              const source = event.currentTarget.value;
              setValues((v) => ({ ...v, source }));
            }}
            error={fieldError(error, 'source')}
          />
          <NativeSelect
            label={t('admin.indicators.certainty')}
            value={values.certainty}
            onChange={(event) => {
              const certainty = event.currentTarget.value as Certainty;
              setValues((v) => ({ ...v, certainty }));
            }}
            data={certainties.map((c) => ({ value: c, label: t(`admin.form.certaintyOptions.${c}`) }))}
            error={fieldError(error, 'certainty')}
            maw={360}
          />
          <ProblemAlert error={error} fields={indicatorFields} title={t('admin.indicators.failed')} />
          <Group>
            <Button type="submit" loading={setIndicators.isPending}>
              {t('admin.indicators.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('admin.indicators.cancel')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

export function IndicatorsEditor({
  indicators,
  currentYear,
}: {
  indicators: readonly IndicatorsView[];
  currentYear: number;
}) {
  const { t } = useTranslation('programmes');
  const [editing, setEditing] = useState<{ values: Editing; isNewYear: boolean } | null>(null);
  const [savedYear, setSavedYear] = useState<number | null>(null);
  const nextYear = Math.max(currentYear, ...indicators.map((i) => i.year + 1));

  const open = (values: Editing, isNewYear: boolean) => {
    setSavedYear(null);
    setEditing({ values, isNewYear });
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="indicators-title">
      <Title order={2} id="indicators-title">
        {t('admin.indicators.title')}
      </Title>
      {savedYear !== null && (
        <Alert color="green" role="status">
          {t('admin.indicators.saved', { year: savedYear })}
        </Alert>
      )}
      <ScrollRegion label={t('admin.indicators.tableLabel')}>
        <Table miw={640} withTableBorder verticalSpacing="sm">
          <Table.Caption className="visually-hidden">{t('admin.indicators.tableLabel')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.indicators.columns.year')}</Table.Th>
              <Table.Th>{t('admin.indicators.columns.mrp')}</Table.Th>
              <Table.Th>{t('admin.indicators.columns.mzp')}</Table.Th>
              <Table.Th>{t('admin.indicators.columns.source')}</Table.Th>
              <Table.Th>{t('admin.indicators.columns.certainty')}</Table.Th>
              <Table.Th>{t('admin.indicators.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((i) => (
              <Table.Tr key={i.year} data-indicators-year={i.year}>
                <Table.Td>{i.year}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTenge(i.mrp)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTenge(i.mzp)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.source}</Table.Td>
                <Table.Td>
                  {i.certainty === 'unconfirmed' ? (
                    <CertaintyMark certainty="unconfirmed" />
                  ) : (
                    t(`admin.form.certaintyOptions.${i.certainty}`)
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="outline"
                    size="xs"
                    aria-label={t('admin.indicators.editLabel', { year: i.year })}
                    onClick={() =>
                      open({ year: i.year, mrp: i.mrp, mzp: i.mzp, source: i.source, certainty: i.certainty }, false)
                    }
                  >
                    {t('admin.indicators.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {editing ? (
        <IndicatorsForm
          key={`${editing.values.year}-${editing.isNewYear}`}
          editing={editing.values}
          isNewYear={editing.isNewYear}
          onSaved={(year) => {
            setEditing(null);
            setSavedYear(year);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <Group>
          <Button
            variant="outline"
            onClick={() => open({ year: nextYear, mrp: '', mzp: '', source: '', certainty: 'unconfirmed' }, true)}
          >
            {t('admin.indicators.addYear')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
