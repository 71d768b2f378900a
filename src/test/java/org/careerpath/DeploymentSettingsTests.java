package org.careerpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM is bounded the same way wherever it is started: by ./mvnw spring-boot:run (the pom's careerpath.jvm
 * property, which bench/run also reads) and by the Docker image.
 */
class DeploymentSettingsTests {

    private static String find(String file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
        assertThat(m.find()).as(regex + " in " + file).isTrue();
        return m.group(1).strip();
    }

    @Test
    void theReadmesCommandAndTheDockerImageStartTheJvmWithTheSameLimits() throws IOException {
        String pom = find("pom.xml", "<careerpath.jvm>([^<]+)</careerpath.jvm>");
        String docker = find("Dockerfile", "ENV JVM_OPTIONS=\"([^\"]+)\"");
        assertThat(docker).isEqualTo(pom);
        assertThat(pom.split("\\s+"))
                .contains("-Xmx256m", "-Xss512k")
                .anyMatch(o -> o.startsWith("-XX:MaxMetaspaceSize="));
        assertThat(find("pom.xml", "<jvmArguments>([^<]+)</jvmArguments>")).isEqualTo("${careerpath.jvm}");
    }

    /** Every connection Tomcat accepts gets a direct write buffer; all of them fit in the JVM's direct memory. */
    @Test
    void theConnectionsWriteBuffersFitInTheDirectMemoryTheJvmIsGiven() throws IOException {
        long direct = org.springframework.util.unit.DataSize.parse(
                        find("pom.xml", "-XX:MaxDirectMemorySize=(\\w+)").toUpperCase() + "B")
                .toBytes();
        long connections = Long.parseLong(find("src/main/resources/application.yml", "max-connections: (\\d+)"));
        long buffer = org.springframework.util.unit.DataSize.parse(
                        find("src/main/java/org/careerpath/web/ServerTuning.java", "socket-write-buffer:(\\w+)"))
                .toBytes();
        assertThat(connections * buffer).isLessThanOrEqualTo(direct);
    }
}
