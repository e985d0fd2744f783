// Light alerts whose coloured title (teal, orange, yellow) reads under 4.5:1 on its own tint: the title takes the text colour.
export const readableAlertTitle = { title: { color: 'var(--mantine-color-text)' } } as const;
