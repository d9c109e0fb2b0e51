import type { RouterOutputs } from "@rti/api";

type Code = RouterOutputs["reference"]["cameoCodes"][number];

const signed = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `−${Math.abs(n).toFixed(1)}` : n.toFixed(1));

/** The CAMEO taxonomy grouped by root code, each group folded so the page stays short. */
export function IntensityTable({ codes, overrides, versionName }: { codes: Code[]; overrides: Record<string, number>; versionName: string }) {
  const roots = codes.filter((c) => c.code.length === 2);
  return (
    <div className="intensity-groups">
      {roots.map((root) => {
        const members = codes.filter((c) => c.code.startsWith(root.code));
        return (
          <details key={root.code}>
            <summary>
              <span className="code">{root.code}</span> {root.name} <span className="muted">({members.length} codes)</span>
            </summary>
            <table className="data">
              <caption className="visually-hidden">CAMEO codes under {root.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Action</th>
                  <th scope="col">Goldstein</th>
                  {Object.keys(overrides).length > 0 ? <th scope="col">In {versionName}</th> : null}
                </tr>
              </thead>
              <tbody>
                {members.map((c) => (
                  <tr key={c.code}>
                    <td className="code">{c.code}</td>
                    <td>{c.name}</td>
                    <td className="num">{signed(c.goldstein)}</td>
                    {Object.keys(overrides).length > 0 ? <td className="num">{signed(overrides[c.code] ?? c.goldstein)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        );
      })}
    </div>
  );
}
