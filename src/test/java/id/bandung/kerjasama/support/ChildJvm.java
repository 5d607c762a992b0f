package id.bandung.kerjasama.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of its own on the tests' class path, for what must not share the test's process: clients whose heap must not
 * count as the server's, or an app that is to be killed. Its standard error is appended to {@code target/<log>}.
 */
public final class ChildJvm {

    private ChildJvm() {}

    public static Process start(Class<?> main, String log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .redirectError(
                        ProcessBuilder.Redirect.appendTo(Path.of("target", log).toFile()))
                .start();
    }
}
