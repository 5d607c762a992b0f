package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers in the UI's language: Indonesian month and day names, dates typed and shown as 27/11/2026. */
public final class DatePickers {

    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY);

    private DatePickers() {}

    public static DatePicker create(String label) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(SUNDAY_FIRST.stream()
                .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                .toList());
        i18n.setWeekdaysShort(SUNDAY_FIRST.stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(ui.getTranslation("date.today"));
        i18n.setCancel(ui.getTranslation("action.cancel"));
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
