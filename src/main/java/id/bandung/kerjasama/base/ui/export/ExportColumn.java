package id.bandung.kerjasama.base.ui.export;

import java.util.function.Function;

/**
 * One column of an export: its header (a translation key) and how to read its value from a row. Values may be
 * text, numbers, booleans or dates; null is an empty cell.
 */
public record ExportColumn<T>(String headerKey, Function<T, Object> value) {}
