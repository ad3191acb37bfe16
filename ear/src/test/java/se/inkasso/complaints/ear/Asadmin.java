package se.inkasso.complaints.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Payara Server's asadmin and fails with its output when a command fails. */
final class Asadmin {

    private static final long TIMEOUT_MINUTES = 5;

    private final Path payaraHome;
    private final int adminPort;

    Asadmin(Path payaraHome, int adminPort) {
        this.payaraHome = payaraHome;
        this.adminPort = adminPort;
    }

    String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.add("--port");
        command.add(String.valueOf(adminPort));
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // read fully before waiting: a full pipe would block asadmin
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " timed out:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed ("
                    + process.exitValue() + "):\n" + output);
        }
        return output;
    }
}
