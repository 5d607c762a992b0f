package id.bandung.kerjasama.bench;

import id.bandung.kerjasama.support.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Open screens held by {@link PushClientProcess} in a separate JVM: the benchmark's handle on them. Its errors go to
 * {@code target/push-clients.log}; its other output is read and ignored. A reply that takes longer than two minutes
 * fails the benchmark instead of holding it.
 */
final class RemoteDashboards implements AutoCloseable {

    private static final long REPLY_TIMEOUT_SECONDS = 120;
    private static final String ENDED = "\u0000ended";

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

    private RemoteDashboards(Process process) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> readReplies(process), "push-client-replies");
        reader.setDaemon(true);
        reader.start();
    }

    private void readReplies(Process process) {
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(PushClientProcess.REPLY)) {
                    replies.add(line.substring(PushClientProcess.REPLY.length()));
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
        replies.add(ENDED);
    }

    /** A client JVM that signs in as {@code username} and opens {@code route} on the server at {@code base}. */
    static RemoteDashboards start(String base, String username, String password, String route) throws IOException {
        Process process =
                ChildJvm.start(PushClientProcess.class, "push-clients.log", List.of(base, username, password, route));
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
        return times.isEmpty()
                ? new long[0]
                : Arrays.stream(times.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    /** Per screen: how many messages were pushed to it and how many failures it met, so far. */
    long[][] counts() throws IOException {
        String counts = ask("counts");
        return counts.isEmpty()
                ? new long[0][]
                : Arrays.stream(counts.split(" "))
                        .map(pair -> Arrays.stream(pair.split("/"))
                                .mapToLong(Long::parseLong)
                                .toArray())
                        .toArray(long[][]::new);
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
        String reply;
        try {
            reply = replies.poll(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the client JVM", e);
        }
        if (reply == null) {
            throw new IOException("no reply from the client JVM within " + REPLY_TIMEOUT_SECONDS + " s");
        }
        if (reply.equals(ENDED)) {
            replies.add(ENDED); // every later call fails the same way
            throw new IOException("the client JVM ended; see target/push-clients.log");
        }
        return reply;
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
