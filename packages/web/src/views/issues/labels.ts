/** Words for the values the issues page shows. */
export const STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  reopened: 'Reopened',
  ignored: 'Ignored',
  false_positive: 'False positive',
  fixed: 'Fixed',
};

/** From the most severe down: the order of the severity filter. */
export const SEVERITY_ORDER = ['critical', 'high', 'moderate', 'low', 'info'];

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;

/** `Error_Prone` as "Error prone". */
export const categoryLabel = (category: string) =>
  category.replace(/_/g, ' ').replace(/ (\w)/g, (_, c: string) => ` ${c.toLowerCase()}`);
