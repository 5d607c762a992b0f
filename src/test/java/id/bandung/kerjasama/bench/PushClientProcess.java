package id.bandung.kerjasama.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link PushClient}s in a JVM of their own, so that the server's heap holds only what the server keeps for each open
 * screen (the clients' own HTTP and WebSocket objects would otherwise be counted with it). Started by
 * {@link RemoteDashboards} with the server's address, a sign-in and a route; reads one command a line on stdin and
 * answers on stdout with a line that starts with {@link #REPLY}:
 * <ul>
 *     <li>{@code open N}: opens N more screens, answers {@code opened <all open>};</li>
 *     <li>{@code expect FRAGMENT}: every screen notes the first pushed message with FRAGMENT from now on, answers {@code ok};</li>
 *     <li>{@code await MILLIS}: waits until every screen has seen it or the time is up, answers with each screen's
 *     moment of arrival in epoch milliseconds (0: not seen);</li>
 *     <li>{@code quit}: closes the screens and ends.</li>
 * </ul>
 */
public final class PushClientProcess {

    static final String REPLY = "#reply "; // ASCII: the same bytes whatever the platform encoding

    private PushClientProcess() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String username = args[1];
        String password = args[2];
        String route = args.length > 3 ? args[3] : "";
        List<PushClient> clients = new ArrayList<>();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                String[] command = line.split(" ", 2);
                switch (command[0]) {
                    case "open" -> {
                        for (int i = Integer.parseInt(command[1]); i > 0; i--) {
                            clients.add(PushClient.open(base, username, password, route));
                        }
                        reply("opened " + clients.size());
                    }
                    case "expect" -> {
                        clients.forEach(client -> client.expect(command[1]));
                        reply("ok");
                    }
                    case "await" -> {
                        long deadline = System.currentTimeMillis() + Long.parseLong(command[1]);
                        while (System.currentTimeMillis() < deadline
                                && clients.stream().anyMatch(client -> client.seenAt() == 0)) {
                            Thread.sleep(5);
                        }
                        reply(clients.stream()
                                .map(client -> String.valueOf(client.seenAt()))
                                .collect(Collectors.joining(" ")));
                    }
                    case "counts" ->
                        reply(clients.stream()
                                .map(client -> client.messages() + "/" + client.failures())
                                .collect(Collectors.joining(" ")));
                    case "quit" -> {
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown command: " + line);
                }
            }
        } finally {
            clients.forEach(PushClient::close);
        }
    }

    private static void reply(String text) {
        System.out.println(REPLY + text);
        System.out.flush();
    }
}
