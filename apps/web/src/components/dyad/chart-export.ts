// The chart as a file of its own: the on-screen SVG with its styles written into it (the page's
// stylesheet does not travel with a download), a background, a title and a source line.
const STYLED = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linejoin", "opacity", "font-family", "font-size", "font-weight", "visibility"] as const;
const FOOTER = 44;
const HEADER = 30;

export function standaloneSvg(svg: SVGSVGElement, { title, source }: { title: string; source: string }): { markup: string; width: number; height: number } {
  const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  const interactive: Element[] = [];
  from.forEach((el, i) => {
    if (el.matches(".chart-brush, .chart-crosshair")) interactive.push(to[i]!);
    const computed = getComputedStyle(el);
    to[i]!.setAttribute("style", STYLED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";"));
    to[i]!.removeAttribute("class");
  });
  // The brush and the crosshair only make sense under a pointer.
  for (const el of interactive) el.remove();

  const ns = "http://www.w3.org/2000/svg";
  const page = getComputedStyle(svg.closest("figure") ?? document.body);
  const root = document.createElementNS(ns, "svg");
  const full = height + HEADER + FOOTER;
  root.setAttribute("xmlns", ns);
  root.setAttribute("viewBox", `0 0 ${width} ${full}`);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(full));
  const text = (content: string, y: number, size: number, weight = "normal") => {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", "12");
    t.setAttribute("y", String(y));
    t.setAttribute("style", `font-family:${page.fontFamily};font-size:${size}px;font-weight:${weight};fill:${page.color}`);
    t.textContent = content;
    return t;
  };
  const background = document.createElementNS(ns, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", page.backgroundColor);
  const chart = document.createElementNS(ns, "g");
  chart.setAttribute("transform", `translate(0 ${HEADER})`);
  chart.append(...clone.childNodes);
  root.append(background, text(title, 21, 16, "bold"), chart, text(source, HEADER + height + 26, 12));
  return { markup: new XMLSerializer().serializeToString(root), width, height: full };
}

/** The same picture as PNG at twice its size, drawn by the browser itself. */
export async function pngOf(svg: { markup: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    canvas.getContext("2d")!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The browser could not draw the chart."))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
