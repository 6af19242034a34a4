package org.unionrights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a screen: real HTTP against the running test server, with cookies, for what
 * MockMvc does not do (error pages rendered by the container, session cookies).
 */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies;

	private final HttpClient client;

	private final String base;

	private final Map<String, String> headers = new java.util.LinkedHashMap<>();

	public HttpSession(int port) {
		this(new CookieManager(), port);
	}

	private HttpSession(CookieManager cookies, int port) {
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * The same browser, cookies and all, talking to another portal instance on this machine (as a
	 * balancer would send it there): cookies belong to the host, not the port.
	 */
	public HttpSession at(int otherPort) {
		HttpSession other = new HttpSession(cookies, otherPort);
		other.headers.putAll(headers);
		return other;
	}

	/** The session's cookies, as a Cookie header's value (for requests sent by hand). */
	public String cookies() {
		return String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
	}

	/** Sends the header with every later request (as a proxy in front of the portal would). */
	public HttpSession header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(request(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts form fields, url-encoded, as a browser posts a form without files. */
	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder();
		fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(name)).append('=')
			.append(encode(value)));
		return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		headers.forEach(request::header);
		return request;
	}

	/** Signs in through the login form, as a browser would. */
	public HttpSession login(String username, String password) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get("/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> response = client.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/login");
		return this;
	}

	/** The CSRF token of the form on a page. */
	public String csrfToken(String path) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get(path).body());
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	/** Sends fields as multipart/form-data, as a browser sends a form with a file input. */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		return postMultipart(path, fields, null, null);
	}

	/** The same with one file in the form's {@code files} input. */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileName, byte[] file)
			throws IOException, InterruptedException {
		String boundary = "----portal-test-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		if (file != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(file);
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
