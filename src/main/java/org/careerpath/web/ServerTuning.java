package org.careerpath.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's socket buffers, as measured with bench/run: a page kept in memory goes out in one write from a
 * direct buffer instead of many 8 KB ones, each copied once more by the JDK. The buffer holds the largest
 * page (128 KB; a results page is about 85 KB): with 64 KB, a larger page needed a second, blocking write
 * that held one of the few worker threads until the client had read the first, and a results page's p99
 * went from about 30 ms to 120–200 ms at 32 connections. Each open connection has its own buffer, so the
 * connections are capped (server.tomcat.max-connections) to keep them within the JVM's direct memory.
 */
@Configuration(proxyBeanMethods = false)
class ServerTuning {

    @Bean
    TomcatConnectorCustomizer socketBuffers(
            @Value("${careerpath.server.socket-write-buffer:128KB}") DataSize writeBuffer,
            @Value("${careerpath.server.socket-send-buffer:0}") DataSize sendBuffer) {
        return connector -> {
            connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer.toBytes()));
            if (sendBuffer.toBytes() > 0) {
                connector.setProperty("socket.txBufSize", Long.toString(sendBuffer.toBytes()));
            }
            connector.setProperty("socket.directBuffer", "true");
        };
    }
}
