package id.bandung.kerjasama.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.core.StandardContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.support.StaticApplicationContext;

class PushBuffersTest {

    @TempDir
    Path classes;

    @Test
    void only_vaadins_production_build_gets_the_small_push_buffers() throws IOException {
        assertThat(PushBuffers.ProductionBuild.productionBuild(classPath()))
                .as("no token file: development mode")
                .isFalse();
        assertThat(PushBuffers.ProductionBuild.productionBuild(classPathWithToken("{\"productionMode\" : false}")))
                .isFalse();
        assertThat(PushBuffers.ProductionBuild.productionBuild(classPathWithToken("not json")))
                .isFalse();
        assertThat(PushBuffers.ProductionBuild.productionBuild(
                        classPathWithToken("{\"productionMode\" : true, \"eagerServerLoad\" : false}")))
                .isTrue();
    }

    @Test
    void vaadins_servlet_gets_the_atmosphere_settings_and_no_other_servlet_does() {
        BeanPostProcessor buffers = PushBuffers.pushReceiveBuffers();
        ServletRegistrationBean<SpringServlet> vaadin =
                new ServletRegistrationBean<>(new SpringServlet(new StaticApplicationContext(), true));
        buffers.postProcessBeforeInitialization(vaadin, "springServlet");
        assertThat(vaadin.getInitParameters())
                .containsEntry("org.atmosphere.websocket.bufferSize", "1024")
                .containsEntry("org.atmosphere.websocket.maxTextMessageSize", "1024")
                .containsEntry("org.atmosphere.websocket.maxBinaryMessageSize", "1024");

        ServletRegistrationBean<HttpServlet> other = new ServletRegistrationBean<>(new HttpServlet() {});
        buffers.postProcessBeforeInitialization(other, "other");
        assertThat(other.getInitParameters()).isEmpty();
    }

    @Test
    void tomcat_allocates_1_kb_websocket_receive_buffers() {
        StandardContext context = new StandardContext();
        new PushBuffers().webSocketReceiveBuffers().customize(context);
        assertThat(context.findParameter("org.apache.tomcat.websocket.textBufferSize"))
                .isEqualTo("1024");
        assertThat(context.findParameter("org.apache.tomcat.websocket.binaryBufferSize"))
                .isEqualTo("1024");
    }

    private ClassLoader classPathWithToken(String content) throws IOException {
        Path token = classes.resolve(PushBuffers.TOKEN_FILE);
        Files.createDirectories(token.getParent());
        Files.writeString(token, content);
        return classPath();
    }

    private ClassLoader classPath() throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }
}
