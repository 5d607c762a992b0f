/*
 * <kerjasama-presentation-screen>: the presentation's part in the browser. The Flow class Presentation puts one,
 * hidden, inside the deck's root (the `.presentation` element); from there it
 * - shows the controls while the mouse moves or something is pressed or focused (class `controls-visible`), and hides
 *   them 2.5 s later unless they hold the focus;
 * - switches full screen with the full-screen button or F (not with Ctrl, Meta or Alt), while a presentation shows;
 * - gives the slides the window's size (`--slide-width`, `--slide-height`) and the zoom that fits that size on an A4
 *   landscape page (`--print-zoom`), so the printed handout looks like the screen;
 * - sets the page's colour scheme from its `scheme` attribute: `dark` (the default) or `light`.
 * The keys that change slides are Flow shortcuts on the server, not here.
 */

/** How long the controls stay after the last mouse move. */
const CONTROLS_SHOWN_MS = 2500;
/** An A4 landscape page in CSS pixels (297 × 210 mm at 96 px per inch). */
const A4_LANDSCAPE_WIDTH = 1122;
const A4_LANDSCAPE_HEIGHT = 793;
const WAKE_EVENTS = ['mousemove', 'pointerdown', 'focusin'] as const;

function toggleFullscreen(): void {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  } else {
    document.documentElement.requestFullscreen().catch(() => {});
  }
}

// One listener for the page, however often a presentation is opened.
document.addEventListener('keydown', (event: KeyboardEvent) => {
  if (
    (event.key === 'f' || event.key === 'F') &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    document.querySelector('.presentation')
  ) {
    event.preventDefault();
    toggleFullscreen();
  }
});

class PresentationScreen extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['scheme'];
  }

  private deck: HTMLElement | null = null;
  private hideControls: ReturnType<typeof setTimeout> | undefined;

  private readonly wake = (): void => {
    const deck = this.deck;
    if (!deck) {
      return;
    }
    deck.classList.add('controls-visible');
    clearTimeout(this.hideControls);
    this.hideControls = setTimeout(() => {
      if (!deck.querySelector('.presentation-controls:focus-within')) {
        deck.classList.remove('controls-visible');
      }
    }, CONTROLS_SHOWN_MS);
  };

  private readonly clicked = (event: Event): void => {
    if (event.target instanceof Element && event.target.closest('.fullscreen-button')) {
      toggleFullscreen();
    }
  };

  private readonly measure = (): void => {
    const deck = this.deck;
    if (!deck) {
      return;
    }
    deck.style.setProperty('--slide-width', window.innerWidth + 'px');
    deck.style.setProperty('--slide-height', window.innerHeight + 'px');
    const zoom = Math.min(A4_LANDSCAPE_WIDTH / window.innerWidth, A4_LANDSCAPE_HEIGHT / window.innerHeight);
    deck.style.setProperty('--print-zoom', zoom.toFixed(4));
  };

  connectedCallback(): void {
    this.deck = this.parentElement;
    if (!this.deck) {
      return;
    }
    WAKE_EVENTS.forEach((type) => this.deck!.addEventListener(type, this.wake));
    this.deck.addEventListener('click', this.clicked);
    window.addEventListener('resize', this.measure);
    this.measure();
    this.applyScheme();
  }

  disconnectedCallback(): void {
    clearTimeout(this.hideControls);
    window.removeEventListener('resize', this.measure);
    if (this.deck) {
      WAKE_EVENTS.forEach((type) => this.deck!.removeEventListener(type, this.wake));
      this.deck.removeEventListener('click', this.clicked);
    }
    this.deck = null;
  }

  attributeChangedCallback(): void {
    if (this.isConnected) {
      this.applyScheme();
    }
  }

  private applyScheme(): void {
    if (this.getAttribute('scheme') === 'light') {
      document.documentElement.removeAttribute('theme');
    } else {
      document.documentElement.setAttribute('theme', 'dark');
    }
  }
}

if (!customElements.get('kerjasama-presentation-screen')) {
  customElements.define('kerjasama-presentation-screen', PresentationScreen);
}
