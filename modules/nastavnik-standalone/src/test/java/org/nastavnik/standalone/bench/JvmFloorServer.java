package org.nastavnik.standalone.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The reference of {@link StartupBenchmark}: the least a Java HTTP service can do, the
 * JDK's own server answering 200 on {@code GET /health}. How long it takes from the
 * {@code java} command to that answer is the floor that no Java service on this machine
 * can go below.
 *
 * <p>
 * Usage: {@code java -cp ... org.nastavnik.standalone.bench.JvmFloorServer PORT}; runs
 * until it is stopped.
 * </p>
 */
public final class JvmFloorServer {

	public static void main(String[] args) throws IOException {
		HttpServer httpServer = HttpServer.create(
			new InetSocketAddress(Integer.parseInt(args[0])), 0);

		httpServer.createContext(
			"/health",
			exchange -> {
				byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);

				try (OutputStream outputStream = exchange.getResponseBody()) {
					outputStream.write(body);
				}
			});

		httpServer.start();

		System.out.println("JVM floor server is ready on port " + args[0]);
	}

	private JvmFloorServer() {
	}

}
