/*
 * <kerjasama-chart>: draws a chart with ApexCharts 4.7.0 from the configuration the Flow component ApexChart sets
 * as the `config` property (JSON of its ChartSpec, the UI's locale and the toolbar texts). It follows the Lumo
 * light/dark theme, resizes with its container, and dispatches `chart-click` for a click on a bar or a slice.
 * With the `large` attribute (the presentation) it writes every text at 28 px or more, the donut's total at 72 px,
 * uses bright colours for a dark screen and shows no toolbar.
 *
 * Every text in a chart may come from stored records (software, partner names, countries, fields), and ApexCharts
 * writes tooltip titles, tooltip series names, legend texts and menu titles with innerHTML (apexcharts#816, #3937):
 * each of those goes through an escaping formatter here. Axis labels, data labels and the donut's centre are SVG
 * text nodes (textContent), so they get the raw text and show it literally. The menu's CSV is ours, not ApexCharts'
 * (which neither quotes nor neutralises formulas): built from the spec like the app's own CSV export.
 */
import ApexCharts from 'apexcharts';

type ChartType = 'BAR' | 'DONUT' | 'LINE' | 'AREA';

interface ChartSeries {
  name: string;
  data: number[];
}

interface ChartSpec {
  type: ChartType;
  horizontal: boolean;
  stacked: boolean;
  categories: string[];
  series: ChartSeries[];
  colors: string[];
}

interface ClientConfig {
  spec: ChartSpec;
  locale: string;
  texts: Record<string, string>;
}

const PALETTE = ['#1565a3', '#f4a72c', '#2e9d6b', '#c2410c', '#7c3aed', '#0e7490', '#be185d', '#65a30d', '#64748b'];
const BRIGHT = ['#ffd23f', '#60b5ff', '#4ade80', '#fb923c', '#d0b3ff', '#2dd4bf', '#f9a8d4', '#bef264', '#cbd5e1'];
const LARGE = '28px';
/** Characters that start a formula in a spreadsheet; such a cell gets a leading apostrophe (as TableExport does). */
const FORMULA_START = '=+-@\t\r';
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** {@code value} as text that innerHTML shows literally. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** One CSV field: a text that starts like a formula is quoted with an apostrophe, then quoted as Excel expects. */
export function csvField(value: string | number, delimiter: string): string {
  if (typeof value === 'number') {
    return String(value);
  }
  const text = value.length > 0 && FORMULA_START.includes(value.charAt(0)) ? "'" + value : value;
  const quote = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return quote ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** The chart's figures as CSV: UTF-8 with a byte-order mark, ';' for Indonesian and ',' otherwise, CRLF lines. */
export function chartCsv(spec: ChartSpec, locale: string): string {
  const delimiter = locale.split('-')[0] === 'id' ? ';' : ',';
  const line = (cells: (string | number)[]) => cells.map((cell) => csvField(cell, delimiter)).join(delimiter);
  const rows = [line(['', ...spec.series.map((one) => one.name)])];
  spec.categories.forEach((category, i) => rows.push(line([category, ...spec.series.map((one) => one.data[i] ?? 0)])));
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

class KerjasamaChart extends HTMLElement {
  private chart?: ApexCharts;
  private configText?: string;
  private themeObserver?: MutationObserver;
  private sizeObserver?: ResizeObserver;
  private resizeTimer?: number;
  private drawnFor?: string;

  set config(value: string) {
    this.configText = value;
    this.draw();
  }

  get config(): string | undefined {
    return this.configText;
  }

  connectedCallback() {
    this.addEventListener('click', this.csvClicked, true);
    // A value set before this element was defined sits on the instance; move it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = (this as any).config;
      delete (this as any).config;
      this.config = value;
    }
    this.themeObserver = new MutationObserver(() => this.draw(true));
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    if (this.hasAttribute('large')) {
      // Full screen (F) changes the slide's size: draw again at the new height.
      let lastHeight = this.clientHeight;
      this.sizeObserver = new ResizeObserver(() => {
        clearTimeout(this.resizeTimer);
        this.resizeTimer = window.setTimeout(() => {
          if (Math.abs(this.clientHeight - lastHeight) > 4) {
            lastHeight = this.clientHeight;
            this.draw(true);
          }
        }, 150);
      });
      this.sizeObserver.observe(this);
    }
    this.draw();
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.csvClicked, true);
    this.themeObserver?.disconnect();
    this.sizeObserver?.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
    this.drawnFor = undefined;
  }

  private draw(themeChanged = false) {
    if (!this.isConnected || !this.configText) {
      return;
    }
    const dark = document.documentElement.getAttribute('theme')?.includes('dark') ?? false;
    const key = this.configText + (dark ? ':dark' : ':light') + (this.hasAttribute('large') ? ':large' : '');
    if (key === this.drawnFor && !themeChanged) {
      return;
    }
    this.drawnFor = key;
    const options = this.options(JSON.parse(this.configText) as ClientConfig, dark);
    if (this.chart) {
      this.chart.updateOptions(options, true, true);
    } else {
      this.chart = new ApexCharts(this.canvas(), options);
      this.chart.render();
    }
  }

  /**
   * The element ApexCharts draws in. ApexCharts resolves a percentage height against the parent of the element it is
   * given: this element, with its own height, rather than the card around it (which grows when its table opens).
   */
  private canvas(): HTMLElement {
    let canvas = this.querySelector<HTMLElement>(':scope > .chart-canvas');
    if (!canvas) {
      canvas = document.createElement('div');
      canvas.className = 'chart-canvas';
      canvas.style.height = '100%';
      this.appendChild(canvas);
    }
    return canvas;
  }

  private options(config: ClientConfig, dark: boolean): ApexCharts.ApexOptions {
    const options = this.standardOptions(config, dark);
    return this.hasAttribute('large') ? this.large(options, config.spec, dark) : options;
  }

  /** The presentation's overrides: type readable from the back of a room, colours that carry on a projector. */
  private large(options: ApexCharts.ApexOptions, spec: ChartSpec, dark: boolean): ApexCharts.ApexOptions {
    const text = { fontSize: LARGE, fontWeight: 600, colors: dark ? '#ffffff' : '#0f172a' };
    const donut = spec.type === 'DONUT';
    const pie = options.plotOptions?.pie;
    return {
      ...options,
      // A percentage height does not resolve inside the slide's flex layout: measure it.
      chart: { ...options.chart, height: Math.max(200, this.clientHeight - 16), toolbar: { show: false },
        foreColor: dark ? '#ffffff' : '#0f172a' },
      colors: spec.colors.length > 0 ? spec.colors : dark ? BRIGHT : PALETTE,
      // Values sit just past the end of each bar, in the text colour, so that a zero reads as well as a hundred.
      dataLabels: { ...options.dataLabels, offsetX: donut ? 0 : 56, dropShadow: { enabled: false },
        style: { fontSize: LARGE, fontWeight: 700, colors: donut ? ['#0b0b0b'] : [text.colors] } },
      legend: { ...options.legend, position: donut ? 'right' : 'bottom', fontSize: LARGE, fontWeight: 600,
        labels: { colors: text.colors },
        markers: { size: 12 }, itemMargin: { horizontal: 18, vertical: 8 } },
      tooltip: { enabled: false },
      ...(donut ? {} : { fill: { ...options.fill, opacity: 1 } }),
      states: { hover: { filter: { type: 'none' } }, active: { filter: { type: 'none' } } },
      ...(donut ? {} : {
        // Bars carry their values; a value axis would only repeat them in smaller type.
        // The value axis runs a little past the longest bar, so that its value has room after it.
        xaxis: { ...options.xaxis, labels: { ...options.xaxis?.labels, style: text, show: !spec.horizontal },
          axisBorder: { show: !spec.horizontal }, axisTicks: { show: !spec.horizontal },
          ...(spec.horizontal ? { max: Math.max(1, ...spec.series.flatMap((one) => one.data)) * 1.15 } : {}) },
        yaxis: { ...(options.yaxis as ApexYAxis), labels: { ...(options.yaxis as ApexYAxis).labels, style: text, maxWidth: 520 } },
      }),
      plotOptions: donut ? { pie: { ...pie, donut: { ...pie?.donut, labels: {
        show: true,
        name: { fontSize: LARGE, color: text.colors, offsetY: -28 },
        value: { fontSize: '72px', fontWeight: 700, color: text.colors, offsetY: 36 },
        total: { ...pie?.donut?.labels?.total, fontSize: LARGE, color: text.colors },
      } } } } : { bar: { ...options.plotOptions?.bar, borderRadius: 6, dataLabels: { position: 'top' },
        // A few bars stay bars, not slabs.
        ...(spec.horizontal ? { barHeight: Math.min(70, 12 + spec.categories.length * 10) + '%' } : {}) } },
    };
  }

  private standardOptions(config: ClientConfig, dark: boolean): ApexCharts.ApexOptions {
    const { spec, texts } = config;
    const numbers = new Intl.NumberFormat(config.locale, { maximumFractionDigits: 0 });
    const format = (value: number) => numbers.format(value);
    const localeName = config.locale.split('-')[0];
    const foreground = dark ? '#e2e8f0' : '#1e293b';
    const grid = dark ? 'rgba(226,232,240,0.12)' : 'rgba(30,41,59,0.10)';
    const donut = spec.type === 'DONUT';
    // A tooltip's category, escaped. Line and area charts turn categories into numbers (1, 2, ...) before they reach
    // a formatter, so the category is looked up by its index rather than taken from the value.
    const category = (value: unknown, context?: any) => {
      const index = context?.dataPointIndex ?? -1;
      return escapeHtml(index >= 0 && index < spec.categories.length ? spec.categories[index] : value);
    };
    const base: ApexCharts.ApexOptions = {
      chart: {
        type: donut ? 'donut' : spec.type === 'LINE' ? 'line' : spec.type === 'AREA' ? 'area' : 'bar',
        height: '100%',
        stacked: spec.stacked,
        background: 'transparent',
        foreColor: foreground,
        fontFamily: 'inherit',
        animations: { enabled: true, speed: 350 },
        redrawOnParentResize: true,
        redrawOnWindowResize: true,
        locales: [{
          name: localeName,
          options: {
            toolbar: {
              // Menu items are written with innerHTML (and their title attributes with the same text).
              exportToPNG: escapeHtml(texts.png), exportToSVG: escapeHtml(texts.svg),
              exportToCSV: escapeHtml(texts.csv), download: escapeHtml(texts.menu),
              selection: '', selectionZoom: '', zoomIn: '', zoomOut: '', pan: '', reset: '',
            },
          },
        }],
        defaultLocale: localeName,
        toolbar: {
          show: true,
          tools: { download: true, selection: false, zoom: false, zoomin: false, zoomout: false, pan: false, reset: false },
          export: { csv: { headerCategory: '', columnDelimiter: localeName === 'id' ? ';' : ',' } },
        },
        events: {
          dataPointSelection: (_event: unknown, _context: unknown, point: { seriesIndex: number; dataPointIndex: number }) =>
            this.clicked(point.seriesIndex, point.dataPointIndex),
        },
      },
      theme: { mode: dark ? 'dark' : 'light' },
      colors: spec.colors.length > 0 ? spec.colors : PALETTE,
      dataLabels: { enabled: donut || spec.horizontal, formatter: (value: number, options?: any) =>
          donut ? format(options.w.globals.series[options.seriesIndex]) : format(value) },
      // Tooltip title (category), series name (or slice name) and value are written with innerHTML: escaped.
      tooltip: { theme: dark ? 'dark' : 'light', x: { formatter: category },
        y: { formatter: (value: number) => escapeHtml(format(value)),
          title: { formatter: (name: string) => (name ? escapeHtml(name) + ': ' : '') } } },
      // Legend texts are written with innerHTML too.
      legend: { position: 'bottom', show: donut || spec.series.length > 1, formatter: (name: string) => escapeHtml(name) },
      grid: { borderColor: grid },
      states: { active: { filter: { type: 'none' } } },
    };
    if (donut) {
      return {
        ...base,
        series: spec.series[0]?.data ?? [],
        labels: spec.categories,
        plotOptions: {
          pie: {
            expandOnClick: false,
            donut: {
              size: '58%',
              labels: { show: true, total: { show: true, showAlways: true, label: texts.total, formatter: (w: any) =>
                  format(w.globals.seriesTotals.reduce((a: number, b: number) => a + b, 0)) } },
            },
          },
        },
      };
    }
    // Counts are whole numbers: up to ten, one tick per unit (ticks of 0.2 would read "0, 0, 0, 1, 1").
    const largest = Math.max(1, ...spec.categories.map((_, i) => spec.stacked
      ? spec.series.reduce((sum, one) => sum + (one.data[i] ?? 0), 0)
      : Math.max(0, ...spec.series.map((one) => one.data[i] ?? 0))));
    const valueAxis = largest <= 10 ? { min: 0, max: largest, tickAmount: largest } : { min: 0 };
    return {
      ...base,
      series: spec.series.map((one) => ({ name: one.name, data: one.data })),
      // The x-axis tooltip (line and area charts) is written with innerHTML; the axis labels are SVG text.
      xaxis: { categories: spec.categories, ...(spec.horizontal ? valueAxis : {}),
        labels: { formatter: spec.horizontal ? (v: any) => format(Number(v)) : undefined },
        tooltip: { formatter: category } },
      yaxis: { ...(spec.horizontal ? {} : valueAxis), labels: { formatter: spec.horizontal ? undefined : format, maxWidth: 220 } },
      plotOptions: { bar: { horizontal: spec.horizontal, borderRadius: 3, barHeight: '70%', columnWidth: '60%' } },
      stroke: spec.type === 'BAR' ? { show: false } : { curve: 'smooth', width: 3 },
      fill: spec.type === 'AREA' ? { type: 'gradient', gradient: { opacityFrom: 0.45, opacityTo: 0.05 } } : {},
    };
  }

  /**
   * The menu's CSV item: caught on its way down (capture), so that ApexCharts' own CSV never runs, and answered with
   * {@link chartCsv}. ApexCharts closes its menu on a click that reaches the chart; this one does not, so close it.
   */
  private readonly csvClicked = (event: Event) => {
    const item = (event.target as Element | null)?.closest?.('.apexcharts-menu-item.exportCSV');
    if (!item || !this.configText) {
      return;
    }
    event.stopPropagation();
    event.preventDefault();
    item.closest('.apexcharts-menu')?.classList.remove('apexcharts-menu-open');
    const config = JSON.parse(this.configText) as ClientConfig;
    const url = URL.createObjectURL(new Blob([chartCsv(config.spec, config.locale)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = (this.closest('section')?.id || 'chart') + '.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  private clicked(seriesIndex: number, dataPointIndex: number) {
    if (dataPointIndex >= 0) {
      this.dispatchEvent(new CustomEvent('chart-click', { detail: { seriesIndex, dataPointIndex } }));
    }
  }
}

customElements.define('kerjasama-chart', KerjasamaChart);
