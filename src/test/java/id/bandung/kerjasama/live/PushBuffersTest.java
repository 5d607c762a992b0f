package id.bandung.kerjasama.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PushBuffersTest {

    @TempDir
    Path classes;

    @Test
    void only_vaadins_production_build_gets_the_small_push_buffers() throws IOException {
        assertThat(PushBuffers.ProductionBuild.productionBuild(classPath())).as("no token file: development mode")
                .isFalse();
        assertThat(PushBuffers.ProductionBuild.productionBuild(classPathWithToken("{\"productionMode\" : false}")))
                .isFalse();
        assertThat(PushBuffers.ProductionBuild.productionBuild(classPathWithToken("not json"))).isFalse();
        assertThat(PushBuffers.ProductionBuild.productionBuild(classPathWithToken(
                "{\"productionMode\" : true, \"eagerServerLoad\" : false}"))).isTrue();
    }

    private ClassLoader classPathWithToken(String content) throws IOException {
        Path token = classes.resolve(PushBuffers.TOKEN_FILE);
        Files.createDirectories(token.getParent());
        Files.writeString(token, content);
        return classPath();
    }

    private ClassLoader classPath() throws IOException {
        return new URLClassLoader(new URL[]{classes.toUri().toURL()}, null);
    }
}
