package id.bandung.kerjasama;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;
import id.bandung.kerjasama.backup.RestoreApplication;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("kerjasama")
// WebSocket from server to browser, requests by XHR (through the security filters); long polling where a proxy
// blocks WebSockets.
@Push(transport = Transport.WEBSOCKET_XHR)
@PWA(name = "Kerja Sama Bandung", shortName = "Kerja Sama")
@Meta(name = "description", content = "Dasbor kerja sama Pemerintah Kota Bandung")
public class Application implements AppShellConfigurator {

    /** The app; or, with {@code restore <archive>} as arguments, the restore command ({@link RestoreApplication}). */
    public static void main(String[] args) {
        if (args.length >= 1 && args[0].equals("restore")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (rest.length >= 1 && !rest[0].startsWith("--")) {
                rest[0] = "--app.restore.archive=" + rest[0];
            }
            RestoreApplication.main(rest);
            return;
        }
        SpringApplication.run(Application.class, args);
    }
}
