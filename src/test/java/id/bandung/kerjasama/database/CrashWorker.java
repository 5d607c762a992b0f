package id.bandung.kerjasama.database;

import id.bandung.kerjasama.Application;
import id.bandung.kerjasama.agreement.DocumentService;
import id.bandung.kerjasama.agreement.Pdfs;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.SystemActor;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app in a JVM of its own on a kept data folder, saving partners and uploading signed documents as fast as it
 * can until it is killed. After each commit it prints an acknowledgement ("#saved id name", "#uploaded agreement
 * file sha256"), as a screen would tell its user "saved": what was acknowledged must survive the kill.
 */
public final class CrashWorker {

    static final String READY = "#ready";
    static final String SAVED = "#saved ";
    static final String UPLOADED = "#uploaded ";

    private CrashWorker() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplication(Application.class)
                .run(
                        "--server.port=-1",
                        "--app.database.embedded.data-dir=" + args[0],
                        "--spring.profiles.active=dev",
                        "--app.backup.cron=-",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn");
        PartnerService partners = app.getBean(PartnerService.class);
        DocumentService documents = app.getBean(DocumentService.class);
        List<Long> agreements = app.getBean(JdbcTemplate.class)
                .queryForList("select id from agreement order by id limit 3", Long.class);
        System.out.println(READY);
        for (int i = 0; ; i++) {
            String name = "Kota Uji Crash " + i;
            Partner saved = SystemActor.call(() -> partners.save(new Partner(name, PartnerKind.CITY, "JP")));
            System.out.println(SAVED + saved.getId() + " " + name);
            if (i % 2 == 0) {
                long agreement = agreements.get(i / 2 % agreements.size());
                String file = "naskah-" + i + ".pdf";
                byte[] pdf = Pdfs.ofSize("Naskah uji " + i, 2_000_000 + i);
                SystemActor.call(() -> documents.attach(agreement, file, new ByteArrayInputStream(pdf), pdf.length));
                System.out.println(UPLOADED + agreement + " " + file + " "
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
            }
        }
    }
}
