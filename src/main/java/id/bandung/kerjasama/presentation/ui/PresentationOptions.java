package id.bandung.kerjasama.presentation.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the URL asks of a presentation: which slides in which order, seconds per slide, light or dark. Anything it
 * cannot read falls back to the default, so a typo on a wall screen still shows the briefing.
 *
 * @param unknown slide names that were not understood, to say so on screen
 */
record PresentationOptions(List<SlideKey> slides, int intervalSeconds, boolean light, List<String> unknown) {

    static final int DEFAULT_INTERVAL = 15;
    static final int MIN_INTERVAL = 5;
    static final int MAX_INTERVAL = 600;

    static PresentationOptions defaults() {
        return new PresentationOptions(List.of(SlideKey.values()), DEFAULT_INTERVAL, false, List.of());
    }

    static PresentationOptions fromParameters(Map<String, List<String>> parameters) {
        Set<SlideKey> slides = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        first(parameters, "slides")
                .ifPresent(list -> Arrays.stream(list.split(","))
                        .filter(name -> !name.isBlank())
                        .forEach(name -> SlideKey.byUrlName(name)
                                .ifPresentOrElse(slides::add, () -> unknown.add(name.strip()))));
        int interval =
                first(parameters, "interval").map(PresentationOptions::seconds).orElse(DEFAULT_INTERVAL);
        boolean light =
                first(parameters, "theme").map("light"::equalsIgnoreCase).orElse(false);
        return new PresentationOptions(
                slides.isEmpty() ? List.of(SlideKey.values()) : List.copyOf(slides),
                interval,
                light,
                List.copyOf(unknown));
    }

    private static int seconds(String text) {
        try {
            return Math.max(MIN_INTERVAL, Math.min(MAX_INTERVAL, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_INTERVAL;
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}
