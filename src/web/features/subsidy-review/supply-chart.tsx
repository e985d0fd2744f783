// Jobs asked for against qualifying seekers, as horizontal bars in plain SVG: each bar carries its number and a pattern
// or shade besides its colour, and the chart has a text summary; the table beside it holds the same figures.
import { Box, Group, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type ChartRow = { key: string; label: string; jobs: number; qualifying: number; inDistrict: number };

const series = [
  { key: 'jobs', colour: 'var(--mantine-color-blue-7)' },
  { key: 'qualifying', colour: 'var(--mantine-color-teal-7)' },
  { key: 'inDistrict', colour: 'var(--mantine-color-teal-3)' },
] as const;

// Wide: the label beside its bars. Narrow (a phone): the label above them, so the bars keep a readable size.
const layouts = {
  wide: { width: 640, labelWidth: 210, labelHeight: 0, maxLabel: 30 },
  narrow: { width: 360, labelWidth: 0, labelHeight: 18, maxLabel: 48 },
};
const barHeight = 14;
const barGap = 3;
const groupGap = 16;
const valueRoom = 48;

export function SupplyChart({ rows, title }: { rows: readonly ChartRow[]; title: string }) {
  const { t } = useTranslation('review');
  const id = useId();
  const wide = useMediaQuery('(min-width: 37.5em)', true);
  const { width, labelWidth, labelHeight, maxLabel } = layouts[wide ? 'wide' : 'narrow'];
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.flatMap((r) => [r.jobs, r.qualifying, r.inDistrict]));
  const groupHeight = labelHeight + series.length * (barHeight + barGap) - barGap;
  const height = rows.length * (groupHeight + groupGap);
  const scale = (value: number) => ((width - labelWidth - valueRoom) * value) / max;
  const summary = rows
    .map((r) =>
      t('chart.rowSummary', { label: r.label, jobs: r.jobs, qualifying: r.qualifying, inDistrict: r.inDistrict }),
    )
    .join(' ');
  const seriesLabel = { jobs: t('chart.jobs'), qualifying: t('chart.qualifying'), inDistrict: t('chart.inDistrict') };

  return (
    <Box component="figure" m={0} data-chart="demand-supply">
      <Box
        component="svg"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ maxWidth: width, display: 'block', fontFamily: 'inherit' }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="var(--mantine-color-teal-3)" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--mantine-color-teal-8)" strokeWidth="2" />
          </pattern>
        </defs>
        {rows.map((row, i) => {
          const top = i * (groupHeight + groupGap);
          return (
            <g key={row.key} transform={`translate(0 ${top})`}>
              <text
                x={0}
                y={labelHeight ? labelHeight / 2 : groupHeight / 2}
                dominantBaseline="middle"
                fontSize="12"
                fill="currentColor"
              >
                {row.label.length > maxLabel ? `${row.label.slice(0, maxLabel - 1)}…` : row.label}
              </text>
              {series.map((s, j) => {
                const value = row[s.key];
                const y = labelHeight + j * (barHeight + barGap);
                return (
                  <g key={s.key}>
                    <rect
                      x={labelWidth}
                      y={y}
                      width={Math.max(value === 0 ? 0 : 2, scale(value))}
                      height={barHeight}
                      fill={s.key === 'inDistrict' ? `url(#${id}-hatch)` : s.colour}
                    >
                      <title>{`${seriesLabel[s.key]}: ${value}`}</title>
                    </rect>
                    <text
                      x={labelWidth + scale(value) + 6}
                      y={y + barHeight / 2}
                      dominantBaseline="middle"
                      fontSize="11"
                      fill="currentColor"
                    >
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </Box>
      <Group component="figcaption" gap="md" mt="xs">
        {series.map((s) => (
          <Group key={s.key} gap={6} wrap="nowrap">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={s.key === 'inDistrict' ? `url(#${id}-hatch)` : s.colour} />
            </svg>
            <Text size="xs">{seriesLabel[s.key]}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
