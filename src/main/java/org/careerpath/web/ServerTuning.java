package org.careerpath.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's socket buffers, as measured with bench/run: a page kept in memory goes out in a few large writes
 * from a direct buffer instead of many 8 KB ones, each copied once more by the JDK.
 */
@Configuration(proxyBeanMethods = false)
class ServerTuning {

    @Bean
    TomcatConnectorCustomizer socketBuffers(
            @Value("${careerpath.server.socket-write-buffer:64KB}") DataSize writeBuffer) {
        return connector -> {
            connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer.toBytes()));
            connector.setProperty("socket.directBuffer", "true");
        };
    }
}
