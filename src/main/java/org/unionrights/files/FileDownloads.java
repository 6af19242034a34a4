package org.unionrights.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a download of a stored file: always as an attachment under the name it came
 * with (never shown in the page, whatever it contains), and never kept in a shared cache.
 */
public final class FileDownloads {

	private FileDownloads() {
	}

	public static ResponseEntity<InputStreamResource> of(FileView file, InputStream content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(content));
	}

}
