package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.Category;

/** Agreements of a category signed in a year. */
public record YearCount(int year, Category category, long count) {}
