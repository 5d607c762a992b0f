package id.bandung.kerjasama.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The text of a reminder e-mail, always in Indonesian (the section's language), as plain text and as HTML with a
 * link to the record. Stored texts (the agreement's title, the partner's name) are escaped in the HTML and stripped of
 * control characters in the subject, so they show as written and can never add a header line.
 */
record ReminderMail(String subject, String text, String html) {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
    static final String PREFIX = "[Kerja Sama Bandung] ";

    static ReminderMail of(
            ReminderKind kind, int tier, LocalDate dueOn, String title, String partner, String recordUrl) {
        String cleanTitle = oneLine(title);
        String cleanPartner = oneLine(partner);
        String date = DATE.format(dueOn);
        String subject;
        String fact;
        String advice;
        if (kind == ReminderKind.ENDING) {
            subject = tier == 0
                    ? "Kerja sama berakhir hari ini: " + cleanTitle
                    : "Kerja sama berakhir dalam " + tier + " hari: " + cleanTitle;
            fact = "Kerja sama «" + cleanTitle + "» dengan " + cleanPartner + " berakhir pada " + date
                    + (tier == 0 ? " (hari ini)." : " (" + tier + " hari lagi).");
            advice = "Bila kerja sama ini akan dilanjutkan, usulan perpanjangan perlu segera diproses; bila tidak,"
                    + " catat pengakhirannya. Pengingat berikutnya tidak dikirim lagi setelah kerja sama"
                    + " diperpanjang atau diakhiri.";
        } else {
            subject = tier == 0
                    ? "Laporan Monev jatuh tempo: " + cleanTitle
                    : "Laporan Monev jatuh tempo dalam " + tier + " hari: " + cleanTitle;
            fact = "Laporan pelaksanaan (Monev) kerja sama «" + cleanTitle + "» dengan " + cleanPartner
                    + " jatuh tempo pada " + date + ".";
            advice = "Laporan dicatat pada bagian Monev di catatan kerja sama, beserta bukti pelaksanaannya.";
        }
        String closing = "Pesan ini dikirim otomatis oleh Kerja Sama Bandung, Bagian Kerja Sama Sekretariat Daerah"
                + " Kota Bandung.";
        String text = "Yth. Bapak/Ibu,\n\n" + fact + "\n" + advice + "\n\nBuka catatannya: " + recordUrl + "\n\n-- \n"
                + closing + "\n";
        String html = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head><body style=\"font-family:sans-serif;color:#1a1a1a;line-height:1.5\">"
                + "<p>Yth. Bapak/Ibu,</p><p>" + escape(fact) + "</p><p>" + escape(advice) + "</p>"
                + "<p><a href=\"" + escape(recordUrl) + "\" style=\"display:inline-block;padding:8px 16px;"
                + "background:#1d4f91;color:#ffffff;text-decoration:none;border-radius:4px\">Buka catatan kerja sama</a>"
                + "</p><p style=\"color:#555;font-size:90%\">" + escape(closing) + "</p></body></html>";
        return new ReminderMail(PREFIX + subject, text, html);
    }

    /** One line without control or invisible formatting characters (no header can be smuggled in). */
    static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\p{Cntrl}\\p{Cf}]+", " ").strip();
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
