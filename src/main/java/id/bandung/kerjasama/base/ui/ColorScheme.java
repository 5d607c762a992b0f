package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Light or dark Lumo. The choice lives in the browser (localStorage), so it applies before the first paint of later
 * visits; without a choice the system preference decides.
 */
final class ColorScheme {

    private static final String RESTORE = """
            const stored = localStorage.getItem('kerjasama-theme');
            const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
            if (dark) { document.documentElement.setAttribute('theme', 'dark'); }
            else { document.documentElement.removeAttribute('theme'); }
            return dark;""";

    private static final String TOGGLE = """
            const dark = document.documentElement.getAttribute('theme') !== 'dark';
            if (dark) { document.documentElement.setAttribute('theme', 'dark'); }
            else { document.documentElement.removeAttribute('theme'); }
            localStorage.setItem('kerjasama-theme', dark ? 'dark' : 'light');
            return dark;""";

    private ColorScheme() {}

    static void restore(UI ui) {
        ui.getPage().executeJs(RESTORE);
    }

    static void toggle(UI ui) {
        ui.getPage().executeJs(TOGGLE);
    }
}
