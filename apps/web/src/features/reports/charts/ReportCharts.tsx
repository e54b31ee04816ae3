'use client';

// Every recharts chart of the report pages lives in this one module, which the pages load with next/dynamic:
// recharts stays out of the first-load JS. Values arrive as numbers for plotting only (money is converted
// from its string just for the bar height); the numbers people read are in the tables beside the charts.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Funnel,
  FunnelChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export const CHART_COLORS = ['#1677ff', '#52c41a', '#faad14', '#722ed1', '#13c2c2', '#eb2f96', '#fa541c', '#2f54eb', '#a0d911', '#8c8c8c'];

export interface ChartPoint {
  label: string;
  value: number;
  /** What the tooltip shows instead of the raw value (e.g. ¥1,234.00). */
  display?: string;
}

export interface SeriesDef {
  key: string;
  name: string;
  color?: string;
}

interface Clickable {
  /** Index of the clicked point (drill-down); absent = not clickable. */
  onSelect?: (index: number) => void;
  height?: number;
}

const pointer = (onSelect?: unknown) => (onSelect ? { cursor: 'pointer' } : undefined);

function tooltipFormatter(data: ChartPoint[]) {
  return (value: unknown, _name: unknown, item: { payload?: ChartPoint }) =>
    item?.payload?.display ?? data.find((d) => d.value === value)?.display ?? String(value);
}

/** Bars of one series (distributions, rankings); horizontal when the labels are long. */
export function BucketBarChart({ data, onSelect, height = 280, horizontal }: { data: ChartPoint[]; horizontal?: boolean } & Clickable) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={96} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
          </>
        )}
        <Tooltip formatter={tooltipFormatter(data) as never} />
        <Bar dataKey="value" style={pointer(onSelect)} onClick={(_d: unknown, index: number) => onSelect?.(index)}>
          {data.map((d, i) => (
            <Cell key={d.label} fill={CHART_COLORS[i % CHART_COLORS.length]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Shares of a whole. */
export function BucketPieChart({ data, onSelect, height = 280 }: { data: ChartPoint[] } & Clickable) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <PieChart>
        <Tooltip formatter={tooltipFormatter(data) as never} />
        <Legend />
        <Pie
          data={data.filter((d) => d.value > 0)}
          dataKey="value"
          nameKey="label"
          outerRadius="75%"
          isAnimationActive={false}
          style={pointer(onSelect)}
          onClick={(d: { payload?: ChartPoint }) => {
            const index = data.findIndex((x) => x.label === d?.payload?.label);
            if (index >= 0) onSelect?.(index);
          }}
        >
          {data
            .filter((d) => d.value > 0)
            .map((d) => (
              <Cell key={d.label} fill={CHART_COLORS[data.indexOf(d) % CHART_COLORS.length]} />
            ))}
        </Pie>
      </PieChart>
    </ResponsiveContainer>
  );
}

/** Stages of the pipeline as a funnel. */
export function StageFunnelChart({ data, onSelect, height = 300 }: { data: ChartPoint[] } & Clickable) {
  // Each layer is captioned inside itself ("需求分析 2"): outside labels get cut at the chart's edge.
  const shown = data.filter((d) => d.value > 0).map((d) => ({ ...d, caption: `${d.label} ${d.value}` }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <FunnelChart>
        <Tooltip formatter={tooltipFormatter(data) as never} />
        <Funnel
          data={shown}
          dataKey="value"
          nameKey="label"
          isAnimationActive={false}
          style={pointer(onSelect)}
          onClick={(item: { payload?: ChartPoint; label?: string }) => {
            const label = item?.payload?.label ?? item?.label;
            const index = data.findIndex((x) => x.label === label);
            if (index >= 0) onSelect?.(index);
          }}
        >
          {shown.map((d) => (
            <Cell key={d.label} fill={CHART_COLORS[data.findIndex((x) => x.label === d.label) % CHART_COLORS.length]} />
          ))}
          {/* Captions let clicks through to the layer (the drill-down). */}
          <LabelList position="center" fill="#fff" stroke="none" dataKey="caption" style={{ pointerEvents: 'none' }} />
        </Funnel>
      </FunnelChart>
    </ResponsiveContainer>
  );
}

/** Several series over periods: grouped bars or lines. */
export function SeriesChart({
  data,
  series,
  kind,
  onSelect,
  formatValue,
  height = 300,
}: {
  data: Record<string, string | number>[];
  series: SeriesDef[];
  kind: 'bar' | 'line';
  /** Tooltip text of a value (e.g. money). */
  formatValue?: (value: number) => string;
} & Clickable) {
  const Chart = kind === 'bar' ? BarChart : LineChart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <Chart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        style={pointer(onSelect)}
        onClick={(state: { activeTooltipIndex?: number | string | null } | null) => {
          const i = Number(state?.activeTooltipIndex);
          if (Number.isInteger(i) && i >= 0) onSelect?.(i);
        }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis />
        <Tooltip formatter={formatValue ? (((v: unknown) => formatValue(Number(v))) as never) : undefined} />
        <Legend />
        {series.map((s, i) =>
          kind === 'bar' ? (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color ?? CHART_COLORS[i % CHART_COLORS.length]} />
          ) : (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={s.color ?? CHART_COLORS[i % CHART_COLORS.length]}
              strokeWidth={2}
              type="monotone"
            />
          ),
        )}
      </Chart>
    </ResponsiveContainer>
  );
}
