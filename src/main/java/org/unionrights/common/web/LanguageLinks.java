package org.unionrights.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch's links, put on every page as {@code languageLinks}: the page being read,
 * with its query kept and {@code lang} changed, so that switching on step two of the help form
 * stays on step two. A page answering a form post links to its address without the post.
 */
@ControllerAdvice
public class LanguageLinks {

	@ModelAttribute("languageLinks")
	Links languageLinks(HttpServletRequest request) {
		return new Links(to(request, "zh-CN"), to(request, "en"));
	}

	static String to(HttpServletRequest request, String lang) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		if (errorUri == null && "GET".equals(request.getMethod())) {
			link.query(request.getQueryString());
		}
		return link.replaceQueryParam("lang", lang).build().toUriString();
	}

	/** The same page in Chinese and in English. */
	public record Links(String chinese, String english) {
	}

}
