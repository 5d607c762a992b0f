package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Text kept as a property of its element ({@code innerText}, or {@code innerHTML} built from escaped texts) instead
 * of as child text nodes. The server keeps every component and every text node of every open screen, roughly 1 KB
 * each; screens that stay open for hours on many desks (the dashboard) use this for text with no components inside.
 * See decision note 011.
 */
public final class LightText {

    private static final String TEXT = "innerText"; // Flow reserves "textContent" for its text nodes
    private static final String MARKUP = "innerHTML";

    private LightText() {}

    /** Shows {@code text} as the element's only content. */
    public static <C extends Component> C set(C component, String text) {
        component.getElement().setProperty(TEXT, text);
        return component;
    }

    /** The text given to {@link #set}, or "" when none was. */
    public static String get(Component component) {
        return component.getElement().getProperty(TEXT, "");
    }

    /** Shows {@code html} as the element's content: markup the app writes, with every text in it {@link #escape}d. */
    public static <C extends Component> C markup(C component, String html) {
        component.getElement().setProperty(MARKUP, html);
        return component;
    }

    /** A {@code span} holding {@code text}, escaped, with the class {@code cssClass} unless that is empty. */
    public static String span(String cssClass, String text) {
        return (cssClass.isEmpty() ? "<span>" : "<span class=\"" + escape(cssClass) + "\">") + escape(text) + "</span>";
    }

    /** {@code text} with the characters that mean something in HTML escaped, for use in {@code innerHTML}. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append((char) c);
            }
        });
        return escaped.toString();
    }
}
