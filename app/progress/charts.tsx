// Two small server-rendered SVG charts, each with a data table as its text alternative.
// Hand-written rather than a charting library: two static charts need ~60 lines of SVG, while
// the libraries (Recharts, Chart.js) ship 100+ kB of client JavaScript and render after hydration.
type Point = { label: string; value: number };

const W = 600;
const H = 180;
const PAD = { l: 36, r: 8, t: 10, b: 24 };

function frame(max: number, unit: string) {
  const ticks = [0, max / 2, max];
  return ticks.map((t) => {
    const y = PAD.t + (H - PAD.t - PAD.b) * (1 - t / (max || 1));
    return (
      <g key={t}>
        <line x1={PAD.l} x2={W - PAD.r} y1={y} y2={y} stroke="#d0d5dd" />
        <text x={PAD.l - 4} y={y + 4} textAnchor="end" fontSize="11" fill="#4a5261">
          {unit === "%" ? `${Math.round(t * 100)}%` : Math.round(t)}
        </text>
      </g>
    );
  });
}

export function BarChart({ id, title, points }: { id: string; title: string; points: Point[] }) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const slot = (W - PAD.l - PAD.r) / points.length;
  const plotH = H - PAD.t - PAD.b;
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      {frame(max, "")}
      {points.map((p, i) => {
        const h = (plotH * p.value) / max;
        return <rect key={p.label} x={PAD.l + i * slot + 1} y={PAD.t + plotH - h} width={Math.max(1, slot - 2)} height={h} fill="#1f4fbf" />;
      })}
      <text x={PAD.l} y={H - 6} fontSize="11" fill="#4a5261">{points[0]?.label}</text>
      <text x={W - PAD.r} y={H - 6} fontSize="11" fill="#4a5261" textAnchor="end">{points.at(-1)?.label}</text>
    </svg>
  );
}

export function LineChart({ id, title, points }: { id: string; title: string; points: Point[] }) {
  const plotH = H - PAD.t - PAD.b;
  const step = (W - PAD.l - PAD.r) / Math.max(1, points.length - 1);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${(PAD.l + i * step).toFixed(1)},${(PAD.t + plotH * (1 - p.value)).toFixed(1)}`).join(" ");
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{title}</title>
      {frame(1, "%")}
      <path d={path} fill="none" stroke="#1f4fbf" strokeWidth="2.5" />
      <text x={PAD.l} y={H - 6} fontSize="11" fill="#4a5261">{points[0]?.label}</text>
      <text x={W - PAD.r} y={H - 6} fontSize="11" fill="#4a5261" textAnchor="end">{points.at(-1)?.label}</text>
    </svg>
  );
}

export function DataTable({ caption, head, rows }: { caption: string; head: [string, string]; rows: [string, string][] }) {
  return (
    <details>
      <summary>Show the data as a table</summary>
      <div className="table-wrap">
        <table className="data">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{head[0]}</th>
              <th scope="col">{head[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([a, b]) => (
              <tr key={a}>
                <th scope="row">{a}</th>
                <td>{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
