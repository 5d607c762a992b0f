package id.bandung.kerjasama.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Open screens held by {@link PushClientProcess} in a separate JVM: the benchmark's handle on them. Its output other
 * than replies, and its errors, go to {@code target/push-clients.log}.
 */
final class RemoteDashboards implements AutoCloseable {

    private final Process process;
    private final Writer commands;
    private final BufferedReader replies;

    private RemoteDashboards(Process process) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** A client JVM that signs in as {@code username} and opens {@code route} on the server at {@code base}. */
    static RemoteDashboards start(String base, String username, String password, String route) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                PushClientProcess.class.getName(), base, username, password, route)
                .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", "push-clients.log").toFile()))
                .start();
        return new RemoteDashboards(process);
    }

    /** Opens {@code count} more screens; returns how many are open. */
    int open(int count) throws IOException {
        return Integer.parseInt(ask("open " + count).substring("opened ".length()));
    }

    /** From now on, every screen notes the first pushed message that contains {@code fragment}. */
    void expect(String fragment) throws IOException {
        ask("expect " + fragment);
    }

    /** Starts waiting, up to {@code millis}, for every screen to see the expected text; {@link #arrivals} answers. */
    void startAwaiting(long millis) throws IOException {
        send("await " + millis);
    }

    /** When each screen saw the expected text, in epoch milliseconds (0: not within the time given). */
    long[] arrivals() throws IOException {
        String times = reply();
        return times.isEmpty() ? new long[0] : Arrays.stream(times.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private String ask(String command) throws IOException {
        send(command);
        return reply();
    }

    private void send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    private String reply() throws IOException {
        for (String line = replies.readLine(); line != null; line = replies.readLine()) {
            if (line.startsWith(PushClientProcess.REPLY)) {
                return line.substring(PushClientProcess.REPLY.length());
            }
        }
        throw new IOException("the client JVM ended; see target/push-clients.log");
    }

    @Override
    public void close() throws Exception {
        try {
            send("quit");
        } catch (IOException alreadyGone) {
            // the process ended by itself
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
