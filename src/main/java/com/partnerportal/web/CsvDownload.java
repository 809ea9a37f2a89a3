package com.partnerportal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.partnerportal.shared.CsvFile;

/**
 * The answer to an export: CSV in UTF-8, saved by the browser as a file named after what
 * it holds and the day, streamed as it is written.
 */
public final class CsvDownload {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private CsvDownload() {
	}

	/**
	 * @param name what the file holds, such as {@code customers}
	 * @param day the reader's today
	 * @param file the file
	 * @return the download {@code <name>-<YYYY-MM-DD>.csv}
	 */
	public static ResponseEntity<StreamingResponseBody> of(String name, LocalDate day, CsvFile file) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "-" + day + ".csv").build().toString())
			.body(file::writeTo);
	}

}
