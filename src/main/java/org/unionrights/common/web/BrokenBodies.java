package org.unionrights.common.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form body the portal cannot read gets the portal's own error page, not the container's: one
 * larger than any form allows (the help form's five files of 10 MB; {@code
 * spring.servlet.multipart.max-request-size}) is refused as 413 before it is read, and a multipart
 * body cut or garbled on the way as 400. Without this the container answers with its bare page,
 * because every later reader of the parameters (the security filters, on the error page too)
 * fails again on the same body. Runs after the request's encoding is set and before anything
 * reads a parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
public class BrokenBodies extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(BrokenBodies.class);

	private final long maxRequestBytes;

	public BrokenBodies(MultipartConfigElement multipart) {
		this.maxRequestBytes = multipart.getMaxRequestSize();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (maxRequestBytes > 0 && request.getContentLengthLong() > maxRequestBytes) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too large: "
					+ request.getContentLengthLong() + " bytes declared");
			return;
		}
		try {
			request.getParts(); // read now, while a failure can still be answered properly
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			boolean tooLarge = causedBySize(ex);
			refuse(request, response,
					tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean causedBySize(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

	/** The error page, shown from a request that no longer offers the unreadable body to anyone. */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
			throws ServletException, IOException {
		log.info("Refused a {} body to {} ({}): {}", request.getContentType(), request.getRequestURI(), status, why);
		HttpServletRequest withoutBody = new WithoutBody(request);
		withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status);
		response.setHeader("Connection", "close");
		request.getRequestDispatcher("/error").forward(withoutBody, response);
	}

	/** The request as the error page sees it: no parameters, no parts. */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
