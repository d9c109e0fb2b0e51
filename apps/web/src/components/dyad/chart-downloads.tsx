"use client";

import { useState } from "react";
import { pngOf, saveBlob, standaloneSvg } from "./chart-export";

/** PNG and SVG of the chart as it is shown, with its title and source line. */
export function ChartDownloads({ chartId, filename, title, source }: { chartId: string; filename: string; title: string; source: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const picture = () => {
    const svg = document.getElementById(chartId);
    if (!(svg instanceof SVGSVGElement)) throw new Error("The chart is not on the page.");
    return standaloneSvg(svg, { title, source });
  };
  const download = async (format: "svg" | "png") => {
    setProblem(null);
    try {
      const svg = picture();
      saveBlob(format === "svg" ? new Blob([svg.markup], { type: "image/svg+xml" }) : await pngOf(svg), `${filename}.${format}`);
    } catch (error) {
      setProblem(`Could not make the ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <>
      <button type="button" className="link-button" onClick={() => void download("png")}>
        Download PNG
      </button>
      <button type="button" className="link-button" onClick={() => void download("svg")}>
        Download SVG
      </button>
      {problem ? (
        <span role="alert" className="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
}
