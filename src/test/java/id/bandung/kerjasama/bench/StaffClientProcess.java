package id.bandung.kerjasama.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Staff in a JVM of their own, so that the server's heap holds only what the server keeps: one {@link StaffClient} per
 * agreement id, each saving its agreement as fast as the server answers until the time is up. A save writes a new
 * number ("muatan-03-00017", never the same twice) and moves the signing date between 2015 and 2016, so every save
 * changes the dashboard's "signed per year" figures and every open dashboard has something to show. Prints one line
 * per save, "#ack client agreement number millis" or "#fail client agreement number reason", then "#done".
 */
public final class StaffClientProcess {

    static final String ACK = "#ack ";
    static final String FAIL = "#fail ";
    static final String DONE = "#done";
    static final String NUMBER = "Nomor Pemkot Bandung";
    static final String SIGNED_ON = "Ditandatangani";

    private StaffClientProcess() {}

    /** Arguments: base URL, seconds to run, then the agreement ids, one per member of staff. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        long until = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
        List<Thread> staff = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            int number = i - 2;
            long partner = Long.parseLong(args[i]);
            Thread member = new Thread(() -> work(base, until, number, partner), "staff-" + number);
            member.start();
            staff.add(member);
        }
        for (Thread member : staff) {
            member.join();
        }
        print(DONE);
        System.exit(0);
    }

    private static void work(String base, long until, int number, long partner) {
        try (StaffClient client = StaffClient.open(base, "staf", "bandung", "agreements/" + partner)) {
            for (int save = 1; System.currentTimeMillis() < until; save++) {
                String value = String.format("muatan-%02d-%05d", number, save);
                String signedOn = save % 2 == 0 ? "2016-06-01" : "2015-06-01";
                long started = System.nanoTime();
                try {
                    boolean saved = client.save(Map.of(NUMBER, value, SIGNED_ON, signedOn));
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    print((saved ? ACK : FAIL) + number + " " + partner + " " + value + " "
                            + (saved ? millis : "not-acknowledged"));
                } catch (Exception e) {
                    print(FAIL + number + " " + partner + " " + value + " "
                            + e.getClass().getSimpleName());
                }
            }
        } catch (Exception e) {
            print(FAIL + number + " " + partner + " - open:" + e.getClass().getSimpleName() + ":" + e.getMessage());
        }
    }

    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
