package id.bandung.kerjasama.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The project's benchmark table: each row a named measurement with its percentiles and target. Printed to the
 * console and written to target/benchmark.md. Later features add their rows here.
 */
final class BenchmarkReport {

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Times {@code work} after warming up; returns the 95th percentile in milliseconds. */
    double time(String area, String what, double targetMillis, int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        return record(area, what, targetMillis, millis);
    }

    /** Adds a row for durations measured elsewhere; returns the 95th percentile. */
    double record(String area, String what, double targetMillis, double[] measured) {
        double[] millis = measured.clone();
        Arrays.sort(millis);
        double p50 = percentile(millis, 50);
        double p95 = percentile(millis, 95);
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %.1f | %.1f | %s |",
                area,
                what,
                p50,
                p95,
                millis[millis.length - 1],
                targetMillis <= 0
                        ? ""
                        : (p95 <= targetMillis ? "≤ " : "> ") + (int) targetMillis + " ms"
                                + (p95 <= targetMillis ? " ✓" : " ✗")));
        return p95;
    }

    /** Adds a row for one measured quantity that is not a duration, shown in the p95 column with its unit. */
    void value(String area, String what, double value, String unit, double target) {
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %s | | %.1f %s | | ≤ %d %s %s |",
                area,
                what,
                value,
                unit,
                (int) target,
                unit,
                value <= target ? "✓" : "✗"));
    }

    void note(String text) {
        notes.add(text);
    }

    String render() {
        StringBuilder out = new StringBuilder("\n| area | measurement | p50 ms | p95 ms | max ms | target |\n")
                .append("| --- | --- | ---: | ---: | ---: | --- |\n");
        rows.forEach(row -> out.append(row).append('\n'));
        notes.forEach(note -> out.append("\n").append(note).append('\n'));
        return out.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Kerja Sama Bandung benchmark\n" + render());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
