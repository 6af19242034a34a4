package org.unionrights.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.unionrights.HttpSession;
import org.unionrights.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies the forms never send: a multipart body cut or garbled on the way, or one larger than the
 * help form allows (five files of 10 MB), get the portal's own page, in Chinese, and save nothing.
 */
@IntegrationTest
class RequestBodiesIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aBrokenMultipartBodyGetsThePortalsOwnErrorPage() throws Exception {
		HttpSession session = new HttpSession(port);
		String csrf = session.csrfToken("/help/new?category=WAGES");
		String body = "--XYZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n\u00ff\u00d8 no closing boundary";

		String response = post(session, "/help/new", "multipart/form-data; boundary=XYZ", body.getBytes(StandardCharsets.ISO_8859_1), body.length());

		assertThat(statusLine(response)).contains(" 400");
		assertThat(response).contains("<html").contains("12351").doesNotContain("Exception").doesNotContain("Whitelabel");
	}

	@Test
	void aBodyLargerThanFiveFilesOfTenMegabytesIsRefusedBeforeItIsRead() throws Exception {
		HttpSession session = new HttpSession(port);
		String csrf = session.csrfToken("/help/new?category=WAGES");
		long declared = 60L * 1024 * 1024;
		String head = "--XYZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n";

		String response = post(session, "/help/new", "multipart/form-data; boundary=XYZ", head.getBytes(StandardCharsets.UTF_8), declared);

		assertThat(statusLine(response)).contains(" 413");
		// Told in plain words what to do on the phone: fewer or smaller photos.
		assertThat(response).contains("<html").contains("每个不超过10MB").doesNotContain("Exception");
	}

	/**
	 * Sends the head of a body (and, for a declared length larger than it, as much filler as the
	 * server still reads) over a plain socket, with the session's cookie.
	 */
	private String post(HttpSession session, String path, String type, byte[] start, long declaredLength)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + session.cookies()
					+ "\r\nContent-Type: " + type + "\r\nContent-Length: " + declaredLength
					+ "\r\nAccept: text/html\r\nAccept-Language: zh-CN\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(start);
			byte[] filler = new byte[64 * 1024];
			long sent = start.length;
			try {
				while (sent < declaredLength) {
					int chunk = (int) Math.min(filler.length, declaredLength - sent);
					out.write(filler, 0, chunk);
					sent += chunk;
				}
				out.flush();
			}
			catch (IOException closedEarly) {
				// The server answered and closed before the whole body: what a cap should do.
			}
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String statusLine(String response) {
		return response.lines().findFirst().orElse("");
	}

}
